"""A city abroad of a million or more is found under the other Latin names GeoNames files for it."""
import pytest

from geo.gazetteer import PlaceNotFound, load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("name, place", [
    ("Teheran", "Tehran"),          # the German and older English spelling
    ("Tegeran", "Tehran"),          # read from the Russian letters
    ("Stambul", "Istanbul"),
    ("St Petersburg", "Saint Petersburg"),   # not the smaller St. Petersburg of Florida
])
def test_metropolis_under_another_name(gaz, name, place):
    assert gaz.resolve(name).place.name == place


def test_region_name_still_first(gaz):
    assert gaz.resolve("Meghri").place.country == "AM"


@pytest.mark.parametrize("name", [
    "Trapezunt",    # Trabzon is under a million: its old names stay unread
    "THR",          # an airport's code is no name of the city
])
def test_not_a_metropolis_name(gaz, name):
    with pytest.raises(PlaceNotFound):
        gaz.resolve(name)
