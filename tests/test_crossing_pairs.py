"""A border crossing named by the villages on its two banks joined by a dash keeps both sides, with or without a
mode word ("railway", "road", "land border") between the pair and the crossing word."""

import datetime as dt

import pytest

from geo.extract import extract_text

PUBLISHED = dt.date(2024, 6, 1)


def _names(text):
    """Every place name of the events read in the text."""
    return {name for c in extract_text(text, PUBLISHED) for name in c["place_name"].split(";")}


@pytest.mark.parametrize("text", [
    "Engineers toured the Akyaka–Akhurik crossing last week.",
    "Engineers toured the Akyaka–Akhurik railway crossing last week.",
    "Engineers toured the Akyaka–Akhurik railway border crossing last week.",
])
def test_dashed_pair_before_crossing_word_names_both_sides(text):
    assert {"Akyaka", "Akhurik"} <= _names(text)


def test_land_border_crossing_keeps_both_sides():
    names = _names("Extra customs officers were sent to the Margara–Alican land border crossing on Friday.")
    assert "Margara" in names and any(n.startswith("Alican") for n in names)


def test_road_checkpoint_pair():
    assert {"Bagratashen", "Sadakhlo"} <= _names("Trucks were stuck at the Bagratashen–Sadakhlo road checkpoint overnight.")


def test_railway_line_of_two_towns_is_no_crossing():
    """A line named by two towns is a route, not a crossing: the town abroad is still read as its end."""
    names = _names("Freight on the Gyumri–Kars railway line resumed on Monday.")
    assert "Gyumri" in names
