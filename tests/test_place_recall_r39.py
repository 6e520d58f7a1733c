"""Places the extractor missed: a province troops crossed or advanced into, or one sector of which they acted in,
when the sentence names nothing smaller; a town named for a section of the line ("the Vardenis section"); and places
the supplement lacked, added with a cited point (Mount Ishkhanasar above Sev Lake, Mahruzlu and Badara)."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import distance_km

DAY = dt.date(2021, 5, 14)
NEAR_KM = 2
ISHKHANASAR = (39.58222, 46.18000)      # GeoNames 395602 'Mets Ishkhanasar Lernagagat'
MAHRUZLU = (39.23444, 46.72889)         # GeoNames, Qubadlı: N 39° 14′ 4″ E 46° 43′ 44″
BADARA = (39.92444, 46.66278)           # GeoNames, Khojaly: N 39° 55′ 28″ E 46° 39′ 46″


def _places(text, gazetteer):
    return {name for c in extract_text(text, DAY, gazetteer) for name in c["place_name"].split(";")}


@pytest.mark.parametrize("text", [
    "Soldiers of the other side crossed into Syunik before dawn on Thursday, the ministry said.",
    "The troops advanced about two kilometres into Armenia's Syunik region, the prime minister told parliament.",
    "Army engineers tried to move the boundary posts in one sector of Syunik, the ministry said on Thursday.",
])
def test_a_province_troops_entered_is_found(gazetteer, text):
    assert "Syunik Province" in _places(text, gazetteer)


def test_the_province_yields_to_a_smaller_place_named_with_it(gazetteer):
    text = "Units moved three kilometres into the Syunik province on Thursday and dug in around Lake Sev."
    found = _places(text, gazetteer)
    assert "Sev Lich" in found and "Syunik Province" not in found, found


def test_a_trip_into_a_province_is_no_incursion(gazetteer):
    text = "The minister travelled into Syunik on Monday."
    assert "Syunik Province" not in _places(text, gazetteer)


def test_a_town_named_for_a_section_of_the_line(gazetteer):
    text = "Troops that had dug in at positions in the Vardenis section withdrew overnight, the ministry said."
    assert "Vardenis" in _places(text, gazetteer)


@pytest.mark.parametrize("name, point", [
    ("Ishkhanasar", ISHKHANASAR), ("Mets Ishkhanasar", ISHKHANASAR), ("Mount Ishkhanasar", ISHKHANASAR),
    ("Mahruzlu", MAHRUZLU), ("Badara", BADARA), ("Ptretsik", BADARA),
])
def test_an_added_place_answers_at_its_cited_point(gazetteer, name, point):
    place = gazetteer.resolve(name).place
    assert distance_km(place.lat, place.lon, *point) <= NEAR_KM, (name, place)


def test_the_village_ishkhanasar_keeps_its_own_row(gazetteer):
    assert gazetteer.resolve("Ishkhanasar village").place.name == "Ishkhanasar (village)"


def test_herders_on_the_mountain_are_placed_there(gazetteer):
    text = "Shepherds from Verishen said soldiers had put up tents on the pastures of Ishkhanasar on Tuesday."
    assert "Ishkhanasar" in _places(text, gazetteer)
