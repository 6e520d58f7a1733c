"""Small general faults found while reading a set about Syunik's roads and airport: each a phrasing, tested on
sentences written for these tests."""

import pytest

from tests.helpers import claimants


# -- an unnamed person met in a place speaks as one of its people, never as the place --------------------------

@pytest.mark.parametrize("text, place", [
    ("In Khndzoresk an old man mending a fence pointed at the ridge and said soldiers fired at the village at night.",
     "Khndzoresk"),
    ("In Nor Kharberd a woman carrying bread home stopped and said shells had fallen near the school.",
     "Nor Kharberd"),
    ("In Tegh a shepherd leading his flock said the village was shelled on Sunday.", "Tegh"),
])
def test_person_met_in_a_place_is_its_residents(text, place, gazetteer):
    assert claimants(text, gazetteer)[place] == "residents"
