"""Sourced spellings of Chiragli of the Aghdam district: Charakhly (a translated copy of the Russian Wikipedia page),
Chirahli (EurasiaNet, 2007) and Chiraghli (IWPR). Before, Charakhly and Chirahli were read as villages of Armenia over
200 km away. Chirakhly and Çıraxlı, which GeoNames records for Jrarat of Armenia, stay that village's."""

import pytest

from geo.gazetteer import distance_km, load_gazetteer


@pytest.mark.parametrize("name", ["Charakhly", "Chirahli", "Chiraghli"])
def test_spellings_of_chiragli(name):
    place = load_gazetteer().resolve(name).place
    assert place.name == "Chiragli"
    assert distance_km(place.lat, place.lon, 40.12472, 47.02611) < 1


@pytest.mark.parametrize("name", ["Chirakhly", "Çıraxlı"])
def test_jrarats_recorded_names_stay_jrarats(name):
    assert load_gazetteer().resolve(name).place.name == "Jrarat"


def test_the_lachin_namesake_stays_qualified():
    assert load_gazetteer().resolve("Çıraqlı (Lachin)").place.name == "Chiragli (Lachin)"
