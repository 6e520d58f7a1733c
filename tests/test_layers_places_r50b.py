"""Layers and places: armed men crossing in a sentence of fire are fighting, not a route; fire just before a "while
... was -ing" clause or "can be heard" in a filmed scene reaches the place; a numbered item's title is a heading;
a checkpoint on the side of a bridge keeps the bridge and the road's towns."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2023-06-15")


def test_soldiers_crossing_a_bridge_under_fire_is_fighting(gazetteer):
    text = "Footage shows a few soldiers walking across the Hakari bridge with a banner before gunfire can be heard."
    assert layers(text, gazetteer)["Hakari Bridge"] == "shelling"


def test_guards_carrying_a_flag_across_before_shots_is_fighting(gazetteer):
    text = "Several servicemen carried a flag across the Hakari bridge on Monday, and shots were fired at them."
    assert layers(text, gazetteer)["Hakari Bridge"] == "shelling"


def test_lorries_crossing_a_bridge_in_a_sentence_of_fire_stay_a_route(gazetteer):
    text = "Red Cross lorries carrying flour crossed the Hakari bridge on Monday, a day after shots were fired near Tegh."
    assert layers(text, gazetteer)["Hakari Bridge"] == "corridors"


def test_fire_before_a_while_scene_reaches_the_place(gazetteer):
    text = "The spokesman said shots were fired on Monday while their flag was flying over the Hakari bridge."
    assert layers(text, gazetteer)["Hakari Bridge"] == "shelling"


def test_a_while_clause_of_time_is_no_scene(gazetteer):
    text = "Officials say the mosque was damaged while Shusha was under the other side's control."
    assert layers(text, gazetteer).get("Shusha") != "shelling"


def test_a_numbered_item_title_is_a_heading(gazetteer):
    text = ("MORNING BRIEF\n5 June 2023\n\nGood morning. Here is what happened overnight.\n\n"
            "1. A drone over Tartar\n"
            "A quadcopter flew over army positions in the Tartar direction on Sunday, the ministry said.\n\n"
            "2. Shelling near Tegh\n"
            "Shells fell on the outskirts of Tegh on Sunday evening, local officials said.")
    found = layers(text, gazetteer)
    assert "Tegh" in found
    assert "Tartar" not in found


def test_numbered_full_sentences_still_report(gazetteer):
    text = ("SITUATION REPORT\n5 June 2023\n\n1. Overview\n"
            "1.1 On 4 June shells hit two houses in Tegh, local officials said.")
    assert layers(text, gazetteer).get("Tegh") == "shelling"


def test_a_checkpoint_on_the_side_of_a_bridge_keeps_bridge_and_towns(gazetteer):
    text = ("On 23 April border guards set up a checkpoint at the start of the road from Lachin to Khankendi, on "
            "the Azerbaijani side of the Hakari bridge.")
    found = layers(text, gazetteer)
    assert found.get("Hakari Bridge") == "checkpoints"
    assert found.get("Lachin") == "checkpoints"


def test_a_dropped_areas_other_name_goes_with_it(gazetteer):
    text = ("A drone was seen near Taghaverd, a village officials place in the Khojavend district, which Armenians "
            "call Martuni.")
    found = layers(text, gazetteer)
    assert "Taghavard" in found
    assert "Khojavend District" not in found
