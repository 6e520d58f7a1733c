"""Armed men standing guard over a town's buildings hold them as a post does (checkpoints), men who "cleared the
village of X" took it (other; not a village cleared of mines), a ministry named by its capital that admits a town
has fallen is that side's defence ministry, and a private person named in full opening a sentence is the "she" of
the next one's account."""

from functools import partial

from tests.helpers import all_claimants, claimant_of, place_layers

layers = partial(place_layers, published="1992-05-20")
claim = partial(claimant_of, published="1992-05-20")


def test_armed_men_stand_guard_over_buildings(gazetteer):
    text = ("In Ganja, a local paper said, armed men stood guard over the town hall and the party's offices all "
            "week.")
    assert layers(text, gazetteer).get("Ganja") == "checkpoints"


def test_soldiers_guarded_the_airport(gazetteer):
    text = "Soldiers guarded the airport in Kapan through the night."
    assert layers(text, gazetteer).get("Kapan") == "checkpoints"


def test_a_crowd_outside_a_building_is_no_guard(gazetteer):
    text = "A crowd in Ganja stood outside the town hall all week."
    assert layers(text, gazetteer).get("Ganja") != "checkpoints"


def test_men_cleared_the_village(gazetteer):
    text = "On Sunday the Karabakh men cleared the village of Hadrut after a short fight."
    assert layers(text, gazetteer).get("Hadrut") == "other"


def test_a_village_cleared_of_mines_is_not_taken(gazetteer):
    text = "On Sunday sappers cleared the village of mines near Hadrut."
    assert layers(text, gazetteer).get("Hadrut") in (None, "other")


def test_the_ministry_in_baku_admits_a_town_fallen(gazetteer):
    text = "The ministry in Baku admitted on Monday that Kubatly had fallen."
    assert claim("Gubadli", text, gazetteer) == "Azerbaijani MoD"


def test_the_ministry_in_baku_on_prices_stays_the_government(gazetteer):
    text = "The ministry in Baku said on Monday that bread prices in Ganja would rise."
    assert claim("Ganja", text, gazetteer) != "Azerbaijani MoD"


def test_a_person_named_in_full_is_the_next_she(gazetteer):
    text = ("Ruzanna Melikyan, who bakes on Mondays, has a brother in Martuni. She told us that the shelling of "
            "Martuni had grown much heavier in March.")
    assert "Ruzanna Melikyan" in all_claimants(text, gazetteer, "1992-05-20")["Khojavend"]


def test_a_place_opening_the_sentence_is_no_person(gazetteer):
    text = "Martuni has a new bakery. She told us that the shelling of Martuni had grown heavier in March."
    assert "Martuni" not in all_claimants(text, gazetteer, "1992-05-20")["Khojavend"]
