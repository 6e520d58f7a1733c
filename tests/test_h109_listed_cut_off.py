"""A list naming the villages the sentence before told cut off ("Five villages were left isolated ... The paper named
them as A, B and C") carries that blockade (corridors); a list naming villages the sentence before told taken over
keeps its own reading. A plural noun opening a sentence with a "with" phrase before its plural verb ("Dogs with
fleas are treated first") is no village of that spelling."""

from functools import partial

from tests.helpers import place_layers, waypoint_layers

layers = partial(waypoint_layers, published="2021-11-20")
plain_layers = partial(place_layers, published="2021-11-20")


def test_list_of_villages_cut_off_before(gazetteer):
    text = ("Azatutyun reported on Monday that three villages had been cut off after a police post appeared on the "
            "road. The radio named them as Kirants, Baghanis and Voskepar.")
    got = layers(text, gazetteer)
    assert got.get("Voskepar") == "corridors"
    assert got.get("Kirants") == "corridors"


def test_villages_named_as_after_isolation(gazetteer):
    text = ("Two settlements were left stranded when the bridge was closed, the governor said. His office named the "
            "villages as Kirants and Baghanis.")
    assert layers(text, gazetteer).get("Baghanis") == "corridors"


def test_list_of_villages_taken_over_keeps_its_reading(gazetteer):
    text = ("Border guards on Friday took control of three villages, the office said. The statement named the "
            "villages as Kirants, Baghanis and Voskepar.")
    assert layers(text, gazetteer).get("Kirants") != "corridors"


def test_list_in_another_paragraph_is_not_read_back(gazetteer):
    text = ("Three villages had been cut off after the post went up.\n\n"
            "The committee named them as Kirants, Baghanis and Voskepar for its new board.")
    assert layers(text, gazetteer).get("Kirants") != "corridors"


def test_plural_noun_with_a_with_phrase_is_no_village(gazetteer):
    text = "Dogs with long coats or matted fur are washed twice before the haircut."
    assert "Doghs" not in plain_layers(text, gazetteer)


def test_town_with_another_town_stays(gazetteer):
    text = "Tartar with Aghdam were shelled on Monday evening."
    assert plain_layers(text, gazetteer).get("Tartar") == "shelling"
