"""A village qualified by a province is the namesake in that province's country, not one across the border that
lies as near the province's point: "Chinarli, Tavush" is Armenia's Chinari (GeoNames also calls it Chinarli), not
Chinarli of Shamkir."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_the_provinces_country_decides_the_namesake(gazetteer):
    match = gazetteer.resolve("Chinarli, Tavush")
    assert (match.place.name, match.place.country) == ("Chinari", "AM")


def test_a_village_in_a_province_written_after_it(gazetteer):
    found = extract_text("Baku said Armenian troops posted at Chinarli in Tavush opened fire on its positions overnight.",
                         dt.date(2022, 9, 24), gazetteer)
    assert [e["place_name"] for e in found] == ["Chinari"]


def test_the_bare_name_and_a_district_of_its_own_country_keep_their_reading(gazetteer):
    assert gazetteer.resolve("Chinarli").place.country == "AZ"
    assert gazetteer.resolve("Chinarli, Shamkir").place.country == "AZ"
    assert gazetteer.resolve("Martuni, Gegharkunik").place.country == "AM"
