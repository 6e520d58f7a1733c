"""Layers of a checkpoint passed ("entered through the X checkpoint", "drove past the checkpoint at Y"), which stays
the checkpoint's news unless a route only goes "via" it, and of fire opened ("accused its units of opening fire")."""

from tests.helpers import place_layers


def test_a_checkpoint_passed_through_is_a_checkpoint(gazetteer):
    text = "A Red Cross lorry crossed into Azerbaijan through the Samur checkpoint on Friday, the agency said."
    assert place_layers(text, gazetteer)["Samur"] == "checkpoints"


def test_a_checkpoint_driven_past_is_a_checkpoint(gazetteer):
    text = "On Monday two aid lorries drove past the checkpoint at Kornidzor and went on to the bridge."
    assert place_layers(text, gazetteer)["Kornidzor"] == "checkpoints"


def test_a_route_via_a_checkpoint_stays_a_route(gazetteer):
    text = "Freight now goes via the checkpoint at Kornidzor to Goris."
    assert set(place_layers(text, gazetteer).values()) == {"corridors"}


def test_a_town_passed_through_stays_a_route(gazetteer):
    assert place_layers("The families drove out through Lachin before dawn.", gazetteer)["Lachin"] == "corridors"


def test_fire_opened_is_shelling_even_when_denied(gazetteer):
    text = ("The ministry on Tuesday rejected a claim that its soldiers had been opening fire on Saturday at army "
            "positions near Goris.")
    assert place_layers(text, gazetteer)["Goris"] == "shelling"


def test_a_road_opened_is_still_a_route(gazetteer):
    assert place_layers("The road to Goris was opened on Monday.", gazetteer)["Goris"] == "corridors"


def test_a_police_post_passed_is_a_checkpoint(gazetteer):
    text = "The buses were waved through the police post at the entrance to Horadiz on Monday."
    assert place_layers(text, gazetteer)["Horadiz"] == "checkpoints"
