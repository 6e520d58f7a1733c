"""Place mentions, round 26: a province that only locates a road or people is no route waypoint."""

import datetime as dt

from geo.extract import extract_text


def places(text, gazetteer, published=dt.date(2022, 6, 1)):
    return {name for c in extract_text(text, published, gazetteer) for name in c["place_name"].split(";")}


def test_a_province_a_closed_road_lies_in_is_no_waypoint(gazetteer):
    found = places("In Lori province the Vanadzor–Stepanavan road was shut by snow on Tuesday, the ministry said.",
                   gazetteer)
    assert {"Vanadzor", "Stepanavan"} <= found and "Lori Province" not in found, found


def test_a_road_section_in_a_province(gazetteer):
    found = places("Crews cleared the Sisian section in Syunik of snowdrifts overnight.", gazetteer)
    assert "Syunik Province" not in found, found


def test_a_route_through_a_province_keeps_it(gazetteer):
    found = places("The planned railway would run through Syunik to the Iranian border.", gazetteer)
    assert "Syunik Province" in found, found


def test_a_link_to_an_exclave_keeps_it(gazetteer):
    found = places("Baku wants a road across Armenia to its exclave of Nakhchivan.", gazetteer)
    assert found & {"Nakhchivan", "Nakhchivan Autonomous Republic"}, found


def test_snow_falling_in_towns_is_no_event(gazetteer):
    assert not places("Heavy snow was falling in Vanadzor and Stepanavan, the two largest towns of Lori.", gazetteer)


def test_snow_that_closes_a_road_is_an_event(gazetteer):
    found = places("Snow was falling in Vanadzor, and the Vanadzor–Stepanavan road was closed on Tuesday.", gazetteer)
    assert {"Vanadzor", "Stepanavan"} <= found, found


def test_a_pass_described_by_the_road_it_carries_is_no_event(gazetteer):
    assert not places("At 2,200 metres, the pass carries the Vanadzor–Stepanavan highway over the range.", gazetteer)


def test_a_pass_closed_is_an_event(gazetteer):
    found = places("The pass that carries the Vanadzor–Stepanavan highway was closed by snow on Tuesday.", gazetteer)
    assert {"Vanadzor", "Stepanavan"} <= found, found


def test_a_small_village_at_the_end_of_a_dashed_road(gazetteer):
    found = places("The Voskepar–Ijevan road was icy on Tuesday morning, the ministry said.", gazetteer)
    assert {"Voskepar", "Ijevan"} <= found, found


def test_a_village_crossroads_is_the_village(gazetteer):
    found = places("Cars were stuck for hours at the Shinuhayr crossroads after the storm on Tuesday.", gazetteer)
    assert "Shinuhayr" in found, found


def test_the_province_of_a_village_only_locates_it(gazetteer):
    found = places("Two soldiers were killed by fire near the village of Nerkin Tsaghik in the southern province of "
                   "Syunik on Monday.", gazetteer)
    assert "Nerkin Tsaghik" in found and "Syunik Province" not in found, found


def test_a_village_placed_at_its_province_is_the_same_village_later(gazetteer):
    text = ("Shells hit the village of Nerkin Tsaghik in Syunik province on Monday.\n\n"
            "On Tuesday soldiers near Nerkin Tsaghik came under fire again, the ministry said.")
    quotes = {c["quote"] for c in extract_text(text, dt.date(2022, 6, 1), gazetteer)
              if "Nerkin Tsaghik" in c["place_name"]}
    assert any(q.startswith("On Tuesday") for q in quotes), quotes
