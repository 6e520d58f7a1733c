"""A list of names that opens a sentence (after a time at most) is the sentence's subject and names villages as
"near A, B and C" does: with two neighbouring villages the gazetteer knows in it, a name it lacks is a village
beside them, kept for the article's later sentences. A list of people, or one with a single known village, is
not read so."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1994-03-10")


def test_list_after_a_decade_opening_the_sentence(gazetteer):
    text = "In the 1980s Chinari, Zorakhach, Aygepar and Movses were shelled almost every night."
    found = layers(text, gazetteer)
    assert found.get("Zorakhach") == "shelling"
    assert found.get("Chinari") == "shelling"


def test_list_opening_the_sentence_names_the_village_again_later(gazetteer):
    text = ("Chinari, Zorakhach and Aygepar were shelled all winter, the council said.\n\n"
            "In March a convoy of lorries drove up the road to Zorakhach.")
    assert layers(text, gazetteer).get("Zorakhach") == "corridors"


def test_people_listed_opening_a_sentence_are_no_villages(gazetteer):
    text = "In 1993 Aliyev, Zorakhach, Mammadov and Huseynov were wounded when shells hit Chinari."
    assert "Zorakhach" not in layers(text, gazetteer)


def test_one_known_village_in_an_opening_list_is_not_enough(gazetteer):
    text = "In the 1980s Chinari, Zorakhach and Bellamor were shelled almost every night."
    assert "Zorakhach" not in layers(text, gazetteer)
