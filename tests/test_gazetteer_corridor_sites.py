"""Supplement rows for the corridors' ports, terminals and border stations that GeoNames' populated places lack."""

import datetime as dt

from geo.extract import extract_text


def test_the_caspian_port_settlement_under_its_names(gazetteer):
    for name in ("Alat", "Ələt", "Alyat", "Алят", "Baku International Sea Trade Port"):
        match = gazetteer.resolve(name)
        assert match.place.name == "Alat" and match.place.country == "AZ", (name, match)


def test_georgian_oil_terminals_are_not_read_as_towns_of_the_region(gazetteer):
    assert gazetteer.resolve("Supsa").place.country == "GE"          # not Shusha
    assert gazetteer.resolve("Kulevi terminal").place.name == "Kulevi"


def test_a_terminal_named_on_its_pipeline_is_a_waypoint(gazetteer):
    found = [c["place_name"] for c in extract_text(
        "Operators said the Baku–Supsa pipeline stayed shut for a second week.", dt.date(2012, 5, 3), gazetteer)]
    assert "Baku;Supsa" in found, found


def test_the_border_station_of_the_new_railway(gazetteer):
    for name in ("Kartsakhi", "Karzakh", "Kartsakh"):
        assert gazetteer.resolve(name).place.name == "Kartsakhi", name


def test_the_red_bridge_under_its_german_and_azerbaijani_names(gazetteer):
    for name in ("Rote Brücke", "Sinig korpu"):
        assert gazetteer.resolve(name).place.name == "Red Bridge", name


def test_the_mountain_is_not_the_town_named_after_it(gazetteer):
    assert gazetteer.resolve("Mount Ararat").place.country == "TR"
    assert gazetteer.resolve("Ararat").place.country == "AM"         # the town keeps its own name


def test_a_mountain_under_its_slopes_is_no_town(gazetteer):
    found = {c["place_name"] for c in extract_text(
        "Her orchard lay on the plain below Ararat, two hours from the capital.", dt.date(2015, 6, 1), gazetteer)}
    assert "Ararat" not in found, found
    found = {c["place_name"] for c in extract_text(
        "Two shells landed in Ararat overnight, local officials said.", dt.date(2015, 6, 1), gazetteer)}
    assert "Ararat" in found, found


def test_a_highway_village_of_georgia_where_a_checkpoint_stood(gazetteer):
    assert gazetteer.resolve("Igoeti").place.country == "GE"
    found = {c["place_name"]: c["layer"] for c in extract_text(
        "Police said soldiers had put up a checkpoint near Igoeti on Tuesday.", dt.date(2008, 8, 20), gazetteer)}
    assert found.get("Igoeti") == "checkpoints", found
