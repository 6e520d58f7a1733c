"""Names and areas in short reports written for this file: a town's old name ("Khonashen", the town Armenians call
Martuni and Azerbaijan Khojavend, in Latin and Armenian letters), Armenian towns in Persian letters (Goris, Yeraskh)
and a province where something is told to have happened when the sentence names no smaller place ("an accident
happened in the Ararat province")."""

import pytest

from tests.helpers import rows


def _places(text, gazetteer):
    """The names of every row's places, each waypoint on its own."""
    return {name for r in rows(text, gazetteer) for name in r["place_name"].split(";")}


@pytest.mark.parametrize("name, expected", [
    ("Khonashen", "Khojavend"),        # the town's name until 1925
    ("Խոնաշեն", "Khojavend"),
    ("Xonaşen", "Khojavend"),
    ("گوریس", "Goris"),                 # Persian letters
    ("یراسخ", "Yeraskh"),
])
def test_name_resolves(name, expected, gazetteer):
    match = gazetteer.resolve(name)
    assert match is not None and match.place.name == expected


@pytest.mark.parametrize("text, expected", [
    ("Old men in Khonashen still remember the mill by the river, the local paper wrote.", {"Khojavend"}),
    ("A new bakery opened in Khonashen on Tuesday.", {"Khojavend"}),
])
def test_names(text, expected, gazetteer):
    assert _places(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # a province something is told to have happened in, no smaller place named: the province
    ("A serious road accident happened in the Ararat province, a local site reported.", {"Ararat Province"}),
    ("Police said the collision occurred on Sunday in Vayots Dzor.", {"Vayots Dzor Province"}),
    ("The opening ceremony took place in the Syunik province on Monday.", {"Syunik Province"}),
])
def test_province_where_it_happened(text, expected, gazetteer):
    assert _places(text, gazetteer) == expected

