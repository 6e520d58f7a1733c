"""Villages the gazetteer lacks, read as another place's spelling (heldout49's kinds)."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _places(text, gazetteer, day=dt.date(2022, 12, 15)):
    return [(c["place"], c["place_name"]) for c in extract_text(text, day, gazetteer, source="t")]


def test_village_not_read_as_far_province(gazetteer):
    text = ("Two deminers were hurt near the village of Chirag in the Kalbajar district on Tuesday. "
            "A third man was hurt near Chirag the next day.")
    found = _places(text, gazetteer)
    assert ("Chirag", "Chirag") in found
    assert all(name != "Shirak Province" for _, name in found)


def test_village_with_apposition_in_district_named_before(gazetteer):
    text = ("Reporters covered the Kalbajar district this week. Builders hit a mine near Chirag, "
            "a mountain village in the district.")
    assert ("Chirag", "Chirag") in _places(text, gazetteer)


def test_unknown_village_located_by_district_town(gazetteer):
    text = "An officer was hurt by a mine near Jamilli in Kalbajar on Monday, prosecutors said."
    found = _places(text, gazetteer)
    assert [t for t, _ in found] == ["Jamilli"]


def test_town_with_a_district_of_another_name_locates_no_village(gazetteer):
    text = "The leaders met on 1 June at Mimi Castle in Bulboaca, outside Chisinau."
    assert all(t != "Mimi Castle" for t, _ in _places(text, gazetteer))


def test_birth_year_is_no_birthplace_clause(gazetteer):
    text = "A worker born in 2002 was injured when a mine exploded at Tagavard in the Khojavend district on 2 October."
    assert ("Tagavard", "Taghavard") in _places(text, gazetteer)
