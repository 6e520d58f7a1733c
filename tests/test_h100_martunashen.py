"""Martunashen, the Goygol village (Qarabulaq) of Operation Ring, is its own gazetteer row: its names no longer answer
Vanadzor (GeoNames keeps Martunasen as an old name of that town), 160 km away; Vanadzor named as such stays where it
is. The bare Azerbaijani name (Qarabulaq, Garabulag) is not claimed by the row: other villages carry it, and Fuzuli's
old name Karabulag is no Martunashen."""

from geo.gazetteer import load_gazetteer
from tests.helpers import place_layers

GOYGOL_LAT, GOYGOL_LON = 40.46444, 46.395


def _near_goygol(place):
    return abs(place.lat - GOYGOL_LAT) < 0.05 and abs(place.lon - GOYGOL_LON) < 0.05


def test_martunashen_and_its_variants_resolve_in_goygol():
    gazetteer = load_gazetteer()
    for name in ("Martunashen", "Martunaşen", "Qarabulaq (Goygol)"):
        assert _near_goygol(gazetteer.resolve(name).place), name


def test_the_village_in_a_sentence(gazetteer):
    text = "The villagers of Martunashen buried their dead on Sunday, a priest from Yerevan said."
    assert "Martunashen (Goygol)" in place_layers(text, gazetteer)


def test_vanadzor_stays_vanadzor(gazetteer):
    text = "In Vanadzor the covered market opened again on Monday after the repairs."
    assert "Vanadzor" in place_layers(text, gazetteer)


def test_fuzuli_old_name_is_not_martunashen(gazetteer):
    text = "The town, called Karabulag until 1827 and Karyagino until 1959, was renamed after the poet Fuzuli."
    assert "Martunashen (Goygol)" not in place_layers(text, gazetteer)


def test_a_bare_garabulag_of_another_district_is_not_martunashen(gazetteer):
    text = "Shells fell on Garabulag in the Fuzuli district on Friday night, the ministry in Baku said."
    assert "Martunashen (Goygol)" not in place_layers(text, gazetteer)
