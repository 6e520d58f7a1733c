"""Forms of a place name: a place written with two of its names joined; a name in another script that a
record across the border writes letter for letter; the Khoda Afarin county of Iran."""

import pytest

from geo.errors import PlaceNotFound
from geo.gazetteer import Place


@pytest.mark.parametrize("query, expected", [
    ("Khankendi/Stepanakert", "Stepanakert"),
    ("Ханкенди-Степанакерт", "Stepanakert"),
    ("Shusha – Shushi", "Shusha"),
    ("Berdzor-Lachin", "Lachin"),
])
def test_two_names_of_one_place_joined_by_a_hyphen_or_slash_are_that_place(gazetteer, query, expected):
    assert gazetteer.resolve(query).place.name == expected


@pytest.mark.parametrize("query", ["Goris-Kapan", "Agdam/Barda", "Lachin-Qwertzuiop"])
def test_two_names_of_two_places_or_of_an_unknown_one_are_not_a_place(gazetteer, query):
    with pytest.raises(PlaceNotFound):
        gazetteer.resolve(query)


@pytest.mark.parametrize("query, geonameid", [("Гимры", "561472"), ("Ахты", "583794")])
def test_a_name_in_cyrillic_that_a_record_across_the_border_writes_is_that_place(gazetteer, query, geonameid):
    # Gimry and Akhty of Dagestan, whose records write these spellings; Gyumri's and Hrazdan's do not
    assert gazetteer.resolve(query).place.ref == geonameid


def test_the_region_reading_stands_for_latin_letters_and_for_its_own_spellings(gazetteer):
    assert gazetteer.resolve("Gimry").place.country == "AM"     # a transliteration says no script's letters
    assert gazetteer.resolve("Гюмри").place.country == "AM"


def test_a_town_farther_abroad_of_the_name_leaves_the_region_reading(gazetteer):
    # the index keeps only the Latin names of a town outside the border provinces: whether its record writes
    # the Cyrillic name is not known, so the letters settle nothing
    far = Place("Gimry", 55.0, 60.0, "RU", "geonames", "town", 90_000, "", "", "1", "99")
    assert gazetteer.with_places([far]).resolve("Гимры").place.country == "AM"


@pytest.mark.parametrize("query", ["Khudafarin County", "khoda afarin district"])
def test_the_iranian_county_across_the_khudafarin_bridges_resolves_as_an_area(gazetteer, query):
    place = gazetteer.resolve(query).place
    assert (place.name, place.country, place.precision) == ("Khoda Afarin County", "IR", "district")
    assert gazetteer.resolve("Xudafərin").place.name == "Khudafarin Bridges"     # the bare name stays the bridges


def test_a_district_settles_a_name_for_the_place_in_it_over_one_named_so_elsewhere(gazetteer):
    # Argel, by the old Nairi district's seat, was called Lusakert; the village called Lusakert today lies in
    # Shirak, 80 km off
    assert gazetteer.resolve("Lusakert, Nairi district").place.name == "Argel"
