"""A ring drawn on a map or on paper is no cordon round a place; a ring or cordon drawn round it by troops still is,
and the plural taken up again ("both villages") reaches the list only when fire is told of it."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1992-03-12")


def test_a_ring_drawn_on_the_map_is_no_cordon(gazetteer):
    text = "On the map in his office in Goris the general drew a ring round Lachin with a red pen."
    assert layers(text, gazetteer).get("Lachin") != "checkpoints"


def test_a_ring_drawn_round_villages_by_troops_stays_a_cordon(gazetteer):
    text = "Before dawn on Tuesday, army units drew a ring round Lachin and stopped every car on the road."
    assert layers(text, gazetteer).get("Lachin") == "checkpoints"


def test_both_villages_rebuilt_is_no_fire(gazetteer):
    text = ("Tegh and Kornidzor lost their schools in the war; both villages were later rebuilt with aid from the "
            "diaspora.")
    got = partial(place_layers, published="2012-05-01")(text, gazetteer)
    assert got.get("Tegh") != "shelling" and got.get("Kornidzor") != "shelling"


def test_the_two_villages_after_three_places_reach_none(gazetteer):
    text = "Delegates from Tegh, Kornidzor and Khndzoresk met on Monday; the two villages were shelled overnight."
    got = layers(text, gazetteer)
    assert "shelling" not in {got.get("Tegh"), got.get("Kornidzor"), got.get("Khndzoresk")}


def test_a_market_closed_round_noon_is_no_cordon(gazetteer):
    text = "The market in Goris closed round noon on Monday because of the heat."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"
