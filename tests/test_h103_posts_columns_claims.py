"""Readings from heldout103 (roads and posts after the 2020 ceasefire): an outlet citing the peacekeepers' own
bulletins leaves the claim with the peacekeepers, not with a body of the outlet's side; observation posts kept in a
corridor are checkpoints there; vehicles going to a place are traffic on the way there."""

from functools import partial

from tests.helpers import claimant_of, place_layers

DAY = "2020-11-19"
claim = partial(claimant_of, published=DAY)
layers = partial(place_layers, published=DAY)


def test_peacekeepers_bulletins_cited_by_an_outlet(gazetteer):
    text = ("Armenian troops have been shelling Martuni since the morning, the Turan agency reported, citing the "
            "peacekeepers' daily bulletins.")
    assert claim("Khojavend", text, gazetteer) == "Russian peacekeepers"


def test_a_sideless_ministry_cited_by_an_outlet_is_still_the_outlets_side(gazetteer):
    text = "Armenian troops have been shelling Martuni since the morning, Azertac reported, citing the defence ministry."
    assert claim("Khojavend", text, gazetteer) == "Azerbaijani MoD"


def test_observation_posts_kept_in_a_corridor(gazetteer):
    text = ("The ministry in Moscow said that its peacekeepers had kept four observation posts in the Lachin corridor "
            "since 12 November.")
    assert layers(text, gazetteer)["Lachin corridor"] == "checkpoints"


def test_buses_escorted_through_a_corridor_stay_traffic(gazetteer):
    text = "Peacekeepers escorted twelve buses through the Lachin corridor on Monday, the ministry in Moscow said."
    assert layers(text, gazetteer)["Lachin corridor"] == "corridors"


def test_lorries_going_to_a_town(gazetteer):
    text = "In August the lorries began to go regularly to Kalbajar, the agency said."
    assert layers(text, gazetteer)["Kalbajar"] == "corridors"


def test_a_minister_going_to_a_town_is_no_traffic(gazetteer):
    text = "In August the minister went to Kalbajar, the agency said."
    assert layers(text, gazetteer).get("Kalbajar") != "corridors"

