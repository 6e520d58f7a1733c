"""Provinces named together as where something is, and a province that only locates a village."""

import datetime as dt

from geo.extract import extract_text


def _names(text):
    return {c["place_name"] for c in extract_text(text, dt.date(2024, 6, 1))}


def test_several_provinces_are_the_scene():
    found = _names("Foreign troops still man observation posts in the Shirak, Vayots Dzor and Ararat provinces.")
    assert {"Shirak Province", "Vayots Dzor Province", "Ararat Province"} <= found, found
    assert "Ararat" not in found, found          # the province of the list, not the town


def test_a_province_that_locates_a_village_stays_out():
    found = _names("Police set up a checkpoint outside Chinari, a village in Tavush province, on Monday.")
    assert "Tavush Province" not in found, found


def _places(text):
    return {name for c in extract_text(text, dt.date(2024, 6, 1)) for name in c["place_name"].split(";")}


def test_an_area_listed_with_its_own_towns_is_no_event_of_its_own():
    found = _places("Drones struck targets in the Gadabay district, including Gadabay and Slavyanka, on Friday.")
    assert found == {"Gadabay"}, found
    found = _places("Crowds marched across the Lori province, notably Vanadzor, Alaverdi and Spitak.")
    assert found == {"Vanadzor", "Alaverdi", "Spitak"}, found
    found = _places("Mortar rounds fell on the Tovuz district, in particular the villages of Aghdam and Dondar Gushchu.")
    assert found == {"Agdam (Tovuz)", "Dondar Quşçu"}, found     # the Tovuz village, not the Karabakh town


def test_an_area_listed_with_places_outside_it_stays():
    found = _places("Shelling hit the Tavush province, including Berd, and the Tovuz district on Sunday.")
    assert "Tovuz District" in found, found


def test_an_area_whose_list_holds_more_than_places_is_kept(gazetteer):
    # farms beside the town: the district is hit beyond the town it includes
    found = {c["place_name"] for c in extract_text("Shelling hit the Qubadli district, including farms and Qubadli itself.",
                                                   dt.date(2020, 10, 20), gazetteer)}
    assert any("District" in name or "district" in name for name in found), found


def test_provinces_counted_in_a_list_of_figures_are_the_scene():
    found = _names("By evening the shelters held 2,917 people: Shirak 1,204, Lori 903 and Gegharkunik 810.")
    assert {"Shirak Province", "Lori Province", "Gegharkunik Province"} <= found, found
    found = _names("Officials said 640 families were housed: 310 in Tavush, 190 in Aragatsotn and 140 in Armavir.")
    assert {"Tavush Province", "Aragatsotn Province", "Armavir Province"} <= found, found
    assert "Armavir" not in found, found         # the province of the list, not the town


def test_a_province_given_a_count_of_people_is_the_scene():
    found = _names("Most newcomers went to Lori province, with 2,140 people, and to Shirak province, with 1,870.")
    assert {"Lori Province", "Shirak Province"} <= found, found
    found = _names("Of the 9,200 arrivals, 1,650 had been sheltered in the Vayots Dzor province by Friday.")
    assert "Vayots Dzor Province" in found, found


def test_a_province_where_the_displaced_are_housed_is_the_scene():
    found = _names("The accommodation of the remaining families in hostels of Lori province has begun.")
    assert "Lori Province" in found, found


def test_a_town_listed_with_a_province_is_the_province_of_its_name():
    found = _names("Blankets should go to Shirak and Ararat before the frost; both provinces asked for them.")
    assert "Ararat" not in found, found


def test_a_town_s_population_does_not_make_its_province_the_scene():
    found = _names("In Vedi, a town of about 11,000 people in the Ararat province, a gym became a dormitory.")
    assert "Ararat Province" not in found, found
