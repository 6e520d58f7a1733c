"""Places named in a dashed road or crossing name one of whose stops the gazetteer lacks, in short reports written
for this file: the known towns of "the X-Kalbajar-Istisu highway" or "the X-Aghband checkpoint" are still the
route's or the crossing's places (the unknown stop is skipped), while a dash between nations' adjectives still names
no place."""

import pytest

from tests.helpers import rows


def _layers(text, gazetteer):
    """Place → layer of its rows, each waypoint on its own."""
    return {name: r["layer"] for r in rows(text, gazetteer) for name in r["place_name"].split(";")}


@pytest.mark.parametrize("text, expected, layer", [
    ("Road crews said the Zorbalakh-Kalbajar-Istisu highway would reopen after the landslide was cleared.",
     {"Kalbajar", "Istisu"}, "corridors"),
    ("Snow closed the Lachin-Qorkhmazli road for two days, the road agency said.", {"Lachin"}, "corridors"),
    ("Drivers waited six hours at the Pirkhalil-Aghband checkpoint on Tuesday.", {"Aghband"}, "checkpoints"),
])
def test_known_stops_of_a_dashed_route_with_an_unknown_stop(text, expected, layer, gazetteer):
    layers = _layers(text, gazetteer)
    assert expected <= set(layers)
    assert all(layers[name] == layer for name in expected)


@pytest.mark.parametrize("text", [
    "Delegations met to discuss the Armenian-Azerbaijani border on Friday.",
    "The Nagorno-Karabakh road talks stalled again on Monday.",
])
def test_dashed_adjectives_still_name_no_place(text, gazetteer):
    assert not rows(text, gazetteer)


def _places(text, gazetteer):
    """The names of every row's places, each waypoint on its own."""
    return {name for r in rows(text, gazetteer) for name in r["place_name"].split(";")}


@pytest.mark.parametrize("text, expected", [
    ("Iran's customs chief said the border stations at Bileh Savar and Poldasht would get new scanners.",
     {"Bīleh Savār", "Poldasht"}),
    ("Tehran says the customs post at Poldasht will stay open through the night for Iranian lorries.", {"Poldasht"}),
])
def test_small_border_towns_abroad_named_as_stations(text, expected, gazetteer):
    assert expected <= _places(text, gazetteer)
