"""A short name with letters added is no typo of it: a fuzzy reading taken without rival must be a spelling
of about the name's length, and for a name of five letters or fewer that means one letter off, not two."""

import pytest

from geo.errors import PlaceNotFound
from geo.gazetteer import distance_km, load_gazetteer

AYGEPAR = (40.94194, 45.46222)       # the curated row's Wikipedia point


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_two_letters_added_to_a_five_letter_old_name_are_no_typo(gazetteer):
    # "Agear" is a GeoNames old name of Agarakadzor, 134 km from Aygepar, which "Augebar" spells
    try:
        match = gazetteer.resolve("Augebar")
    except PlaceNotFound:
        return
    assert distance_km(match.place.lat, match.place.lon, *AYGEPAR) <= 50


def test_a_longer_name_two_letters_off_is_still_a_typo(gazetteer):
    match = gazetteer.resolve("Mardakertas")
    assert match.place.name == "Martakert" and match.how == "fuzzy"


def test_a_short_name_one_letter_off_is_still_a_typo(gazetteer):
    match = gazetteer.resolve("Mehman")
    assert match.place.name == "Mehmana" and match.how == "fuzzy"
