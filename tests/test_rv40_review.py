"""Wordings the rules on a stay with kin, a shop's town, a place kept under guard and a road people blocked at a
place must and must not catch: a group's flight keeps the town where it shelters, a blockade's shortages and a strike
keep a market's town, people or vehicles guarded are no post, and a bridge, an airport, a crossing, a capital's street,
tractors across the road or a blocking only tried stay a blocking point."""

from functools import partial

from tests.helpers import place_layer_pairs, waypoint_layers

_rows = partial(place_layer_pairs, published="2023-03-15")
layers = partial(waypoint_layers, published="2023-03-15")


def _places(text, gazetteer):
    return {name for joined, _ in _rows(text, gazetteer) for name in joined.split(";")}


# --- a stay with kin or friends ---------------------------------------------------------------------------------

def test_a_groups_flight_keeps_the_town_where_it_stays_with_kin(gazetteer):
    assert "Goris" in _places("Residents who fled Berdzor on Thursday are now staying with relatives in Goris, the "
                              "regional governor said.", gazetteer)
    assert {"Goris", "Kapan"} <= _places("More than 2,000 people who left Stepanakert this week are staying with "
                                         "relatives in Goris and Kapan.", gazetteer)
    assert "Vardenis" in _places("Some 130 residents of Sotk have left their homes and are staying with relatives in "
                                 "Vardenis, the village head said.", gazetteer)


def test_a_private_stay_drops_the_whole_list(gazetteer):
    assert not _rows("My sister and her children are staying with relatives in Goris and Kapan.", gazetteer)
    assert not _rows("My brother and his children are staying with friends in Vanadzor for the time being.",
                     gazetteer)


