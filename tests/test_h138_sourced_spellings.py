"""Sourced spellings of Chiragli of the Aghdam district: Charakhly and Chirakhly (translated copies of the Russian
Wikipedia page), Çıraxlı (that page), Chirahli (EurasiaNet, 2007) and Chiraghli (IWPR). Before, Charakhly and
Chirahli were read as villages of Armenia over 200 km away."""

import pytest

from geo.gazetteer import distance_km, load_gazetteer


@pytest.mark.parametrize("name", ["Charakhly", "Chirakhly", "Chirahli", "Chiraghli", "Çıraxlı"])
def test_spellings_of_chiragli(name):
    place = load_gazetteer().resolve(name).place
    assert place.name == "Chiragli"
    assert distance_km(place.lat, place.lon, 40.12472, 47.02611) < 1


def test_the_lachin_namesake_stays_qualified():
    assert load_gazetteer().resolve("Çıraqlı (Lachin)").place.name == "Chiragli (Lachin)"
