"""Towns of the neighbours' border provinces as the news writes them: with the marks of GeoNames' romanisation
dropped (a ş typed as s), under the district words of Iran's, Turkey's and Georgia's administrations, and
qualified by their own province. Each answers within a few kilometres of its GeoNames point, or not at all:
never a loose guess far off."""

import datetime as dt

import pytest

from geo.errors import PlaceNotFound
from geo.extract import extract_text
from geo.gazetteer import distance_km

DAY = dt.date(2025, 6, 3)
KM = 15                                   # a town's GeoNames point and the answer lie this close


def _points(text, gazetteer):
    return [(r["place_name"], r["coordinates"][0][1], r["coordinates"][0][0], r["layer"])
            for r in extract_text(text, DAY, gazetteer, source="test")]


@pytest.mark.parametrize("text, lat, lon", [
    ("Two stray rockets came down and exploded in Aslanduz, Iran, on Tuesday night.", 39.444, 47.406),
    ("Mortar bombs exploded in Aslan Duz in Iran before dawn.", 39.444, 47.406),
    ("A stray shell fell on Arpacay in Turkey's Kars province on Tuesday.", 40.845, 43.327),
    ("Mortar bombs exploded in Sufian, Iran, overnight.", 38.278, 45.981),
    ("A reconnaissance drone crashed near Sarikamis in Turkey, the governor's office said.", 40.328, 42.587),
])
def test_town_abroad_without_its_letters_marks_is_read(gazetteer, text, lat, lon):
    found = _points(text, gazetteer)
    assert any(distance_km(lat, lon, y, x) < KM and layer == "shelling" for _, y, x, layer in found), found


def test_town_abroad_without_its_letters_marks_and_no_fire_is_no_event(gazetteer):
    text = "Iranian traders in Aslanduz said on Tuesday that the bazaar had reopened."
    assert all(layer != "shelling" for *_, layer in _points(text, gazetteer))


@pytest.mark.parametrize("name, lat, lon, precision", [
    ("Poldasht county", 39.348, 45.071, "district"),
    ("Marand shahrestan", 38.433, 45.775, "district"),
    ("Kaleybar bakhsh", 38.865, 47.039, "district"),
    ("Ahar rural district", 38.477, 47.070, "district"),
    ("Sufian County", 38.278, 45.981, "district"),
    ("Tuzluca ilçe", 40.039, 43.652, "district"),
    ("Doğubayazıt ilçesi", 39.547, 44.084, "district"),
    ("Kagizman district", 40.157, 43.134, "district"),
    ("the Akyaka district of Kars", 40.741, 43.614, "district"),
    ("the Savsat district of Artvin", 41.253, 42.355, "district"),
    ("Marneuli municipality", 41.488, 44.798, "district"),
    ("Akhalkalaki Municipality", 41.405, 43.486, "district"),
    ("Gardabani district", 41.460, 45.090, "district"),
    ("Kars ili", 40.598, 43.085, "region"),
])
def test_district_word_of_a_neighbour_answers_its_seat(gazetteer, name, lat, lon, precision):
    place = gazetteer.resolve(name).place
    assert distance_km(lat, lon, place.lat, place.lon) < KM, (name, place.name, place.country)
    assert place.precision == precision


@pytest.mark.parametrize("name, expected", [
    ("Khoda Afarin county", "Khoda Afarin County"),     # a row of its own comes first
    ("Meghri municipality", "Meghri Municipality"),
    ("Jabrayil rayonu", "Jabrayil District"),
    ("Tavush province", "Tavush Province"),
    ("the Martuni district of Nagorno-Karabakh", "Khojavend District"),
])
def test_area_with_a_row_of_its_own_answers_that_row(gazetteer, name, expected):
    assert gazetteer.resolve(name).place.name == expected


def test_district_word_after_a_region_town_is_not_its_seat(gazetteer):
    """The region's districts have rows of their own: a town is no district."""
    with pytest.raises(PlaceNotFound):
        gazetteer.resolve("Goris district")


@pytest.mark.parametrize("name, lat, lon", [
    ("Parsabad, Ardabil province", 39.648, 47.917),
    ("Parsabad, Ardebil", 39.648, 47.917),
    ("Tuzluca, Iğdır ili", 40.039, 43.652),
    ("Kagizman, Kars", 40.157, 43.134),
    ("Poldasht, West Azerbaijan", 39.348, 45.071),
    ("Sarikamis, Kars province", 40.328, 42.587),
    ("Eleskirt, Agri", 39.798, 42.676),
    ("Posof, Ardahan", 41.511, 42.729),
])
def test_town_qualified_by_its_own_province_abroad(gazetteer, name, lat, lon):
    place = gazetteer.resolve(name).place
    assert distance_km(lat, lon, place.lat, place.lon) < KM, (name, place.name, place.country)


def test_town_qualified_by_another_province_is_not_guessed(gazetteer):
    """Khomarlu lies in East Azerbaijan: qualified by Ardabil it is no place known, never a village far off."""
    try:
        place = gazetteer.resolve("Khomarlu, Ardabil").place
    except PlaceNotFound:
        return
    assert distance_km(39.159, 47.033, place.lat, place.lon) < KM, place.name
