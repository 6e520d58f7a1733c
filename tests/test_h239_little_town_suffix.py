"""A town's name with the Armenian "-ik" (little) after a consonant names another place, a village named after the
town, no typo of the town's: such a name the gazetteer lacks is not read as the town far away; it is not found, with
the town offered, and a text listing it among villages gets no event at the town. A typo of the town itself, and a
village filed under its "-ik" name, are still read."""

import datetime

import pytest

from geo.errors import PlaceNotFound
from geo.extract import extract_text
from geo.gazetteer import load_gazetteer


@pytest.mark.parametrize("name", ["Nakhichevanik", "Nakhchivanik"])
def test_little_town_name_is_no_typo_of_the_town(name):
    with pytest.raises(PlaceNotFound) as caught:
        load_gazetteer().resolve(name)
    assert "Nakhchivan" in caught.value.suggestions


def test_little_town_name_in_a_list_of_villages(gazetteer):
    text = "On Tuesday the people of Khramort, Nakhichevanik and Khnapat were taken to Stepanakert, officials said."
    got = {p for e in extract_text(text, datetime.date(2023, 9, 21), gazetteer) for p in e["place"].split(";")}
    assert "Nakhchivan" not in got and "Khramort" in got


# --- near names where the rule must not fire ---

def test_typo_of_the_town_still_read():
    assert load_gazetteer().resolve("Nakhichevn").place.name == "Nakhchivan"


def test_town_as_written_still_read():
    assert load_gazetteer().resolve("Nakhichevan").place.name == "Nakhchivan"


def test_village_filed_under_ik_name_read():
    assert load_gazetteer().resolve("Vardenik").place.name == "Vardenik"
