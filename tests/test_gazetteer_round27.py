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


def test_a_goranboy_village_under_its_spellings(gazetteer):
    for name in ("Tapgaraghoyunlu", "Tap Qaraqoyunlu", "Tapkarakoyunlu", "Тапкаракоюнлу"):
        match = gazetteer.resolve(name)
        assert match.place.name == "Tapgaraghoyunlu" and match.place.country == "AZ", (name, match)
    found = {c["place_name"] for c in extract_text(
        "Two houses in Tap Qaraqoyunlu were hit by shells overnight, a district official said.",
        dt.date(2016, 4, 5), gazetteer)}
    assert "Tapgaraghoyunlu" in found, found
