"""A count of people who reached a town is a tally of the displaced arriving there, not a way.

"about 300 people had reached Goris in a single day": the arrivals counted, no way told (other; older sets file
refugees counted reaching a town the same way). Vehicles carrying the people keep their route ("buses carrying 900
people reached Goris"), and so do travellers not counted ("we reached Goris only at night")."""

from functools import partial

from tests.helpers import place_layers, waypoint_layers

layers = partial(place_layers, published="1993-04-09")


def test_people_counted_reaching_a_town_is_other(gazetteer):
    text = "The agency said that about 300 people had reached Goris in a single day, fewer than the week before."
    assert layers(text, gazetteer).get("Goris") == "other"


def test_buses_carrying_people_keep_the_route(gazetteer):
    # negative: the vehicles are the way
    text = "Twelve buses carrying about 900 people reached Goris from Stepanakert on Sunday."
    assert waypoint_layers(text, gazetteer, "1993-04-09").get("Goris") == "corridors"


def test_travellers_not_counted_keep_the_route(gazetteer):
    # negative: no count, travellers arriving
    text = "After the road reopened, people reached Goris only late at night."
    assert layers(text, gazetteer).get("Goris") == "corridors"
