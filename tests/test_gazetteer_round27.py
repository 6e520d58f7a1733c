"""Supplement rows of round 27: areas and sites the news names that GeoNames' populated places lack."""

import datetime as dt

from geo.extract import extract_text


def test_the_goygol_district_under_its_names_and_its_town_apart(gazetteer):
    assert gazetteer.resolve("Goygol District").place.precision == "district"
    assert gazetteer.resolve("Khanlar district").place.name == "Goygol District"
    assert gazetteer.resolve("Goygol").place.precision == "town"


def test_two_districts_a_new_road_joins(gazetteer):
    found = {c["place_name"] for c in extract_text(
        "Work began on Monday on a mountain highway that will join the Goygol and Kalbajar districts.",
        dt.date(2023, 8, 1), gazetteer)}
    assert "Goygol District" in found, found
