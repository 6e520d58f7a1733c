"""Visitors' walk through a town's ruins ("walked through the ruins in X") is a visit there, as a march through its
centre goes nowhere; a walk through the ruins that goes on to another town is still a way."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2023, 3, 4)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, _DAY)}


def test_walk_through_the_ruins_in_a_town_is_a_visit():
    assert _layers("On Sunday the diplomats walked through the ruins in Aghdam, AZERTAC reported.")["Aghdam"] == "other"


def test_walk_through_the_ruins_of_a_town_is_a_visit():
    assert _layers("The envoys walked through the ruins of Fuzuli on Sunday.")["Fuzuli"] == "other"


def test_walk_through_the_ruins_on_to_another_town_is_a_way():
    layers = _layers("The refugees walked through the ruins of Aghdam to Barda.")
    assert any("Aghdam" in place and layer == "corridors" for place, layer in layers.items())
