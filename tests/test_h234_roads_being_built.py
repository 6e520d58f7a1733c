"""A road named by its towns that is only being built or worked on is building at each town (`other`), no route."""

import datetime as dt

from geo.extract import extract_text


PUBLISHED = dt.date(2023, 6, 12)


def events(text, gazetteer):
    """{place: layer} of the events a user sees for ``text``."""
    return {e["place"]: e["layer"] for e in extract_text(text, PUBLISHED, gazetteer)}


def test_work_gone_on_on_a_highway_is_building_at_both_towns(gazetteer):
    found = events("The agency said work had continued all winter on the new highway from Kalbajar to "
                   "Lachin.", gazetteer)
    assert found == {"Kalbajar": "other", "Lachin": "other"}


def test_a_dashed_road_under_construction_is_building_at_both_towns(gazetteer):
    found = events("Officials say the Kalbajar-Lachin highway is still under construction.", gazetteer)
    assert found == {"Kalbajar": "other", "Lachin": "other"}


def test_a_road_being_built_keeps_its_claimant_and_day(gazetteer):
    found = extract_text("On Friday the ministry said the highway from Kalbajar to Lachin was being built faster "
                         "than planned.", PUBLISHED, gazetteer)
    assert {e["place"] for e in found} == {"Kalbajar", "Lachin"}
    assert all(e["layer"] == "other" for e in found)


def test_a_road_closed_stays_a_route(gazetteer):
    found = events("The highway from Kalbajar to Lachin was closed by snow on Friday.", gazetteer)
    assert "corridors" in found.values() and "other" not in found.values()


def test_a_road_driven_on_stays_a_route(gazetteer):
    found = events("Buses carried families along the highway from Kalbajar to Lachin on Friday.", gazetteer)
    assert "corridors" in found.values() and "other" not in found.values()


def test_a_road_opened_after_its_building_stays_a_route(gazetteer):
    found = events("The Kalbajar-Lachin highway, built in two years, was opened to traffic on Friday.", gazetteer)
    assert "corridors" in found.values() and "other" not in found.values()


def test_a_road_used_while_being_widened_stays_a_route(gazetteer):
    found = events("Lorries still use the road from Kalbajar to Lachin while it is being widened.", gazetteer)
    assert "corridors" in found.values() and "other" not in found.values()


def test_works_a_visitor_looked_over_keep_the_route(gazetteer):
    found = events("The minister looked over the works on the Kalbajar-Lachin highway on Friday.", gazetteer)
    assert "other" not in found.values() or "corridors" in found.values()


def test_a_railway_being_built_stays_a_line(gazetteer):
    found = events("Officials say the Kalbajar-Lachin railway is still under construction.", gazetteer)
    assert "other" not in found.values()
