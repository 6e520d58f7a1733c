"""Sourced rows: Srkhavend (Syrkhavend, Sırxavənd, Armenian Nor Ghazanchi), a village of the Martakert region beside
Kichan, and the spellings Merzuli (an Armenian account of Monte Melkonian's death) and Marzulu (the Caucasian Calendar)
of Marzili in the Aghdam district. Bare Ghazanchi is still the other village."""

import pytest

from geo.gazetteer import distance_km, load_gazetteer


@pytest.mark.parametrize("name", ["Srkhavend", "Syrkhavend", "Sırxavənd", "Nor Ghazanchi"])
def test_srkhavend_is_by_kichan(name):
    place = load_gazetteer().resolve(name).place
    assert distance_km(place.lat, place.lon, 40.065, 46.685) < 1


@pytest.mark.parametrize("name", ["Merzuli", "Marzulu"])
def test_old_spellings_of_marzili(name):
    assert load_gazetteer().resolve(name).place.name == "Marzili"


def test_bare_ghazanchi_is_not_srkhavend():
    assert load_gazetteer().resolve("Ghazanchi").place.name != "Srkhavend"
