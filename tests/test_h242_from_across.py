""""From across" a land is where people come from ("pilgrims from across the region used to come to the X
monastery", "volunteers from across Armenia came to the Y school"): no way crossed, so no corridor at the site.
People who cross a bridge or a pass, or drive to a town, still travel a route."""

import datetime

from geo.extract import extract_text


def _layers(text, gazetteer, published="2023-07-03"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_worshippers_from_across_a_region_are_no_route(gazetteer):
    got = _layers("Worshippers from across the region used to gather at the Gandzasar monastery every August, the "
                  "priest said.", gazetteer)
    assert got.get("Gandzasar") == "other"


def test_volunteers_from_across_a_country_are_no_route(gazetteer):
    got = _layers("Volunteers from across Armenia came to the Tegh school to paint its walls.", gazetteer)
    assert got.get("Tegh") == "other"


# --- near sentences where the rule must not fire ---

def test_crawling_across_a_bridge_is_a_route(gazetteer):
    got = _layers("Refugees crawled across the bridge into Goris all night.", gazetteer)
    assert got.get("Goris") == "corridors"


def test_families_driving_to_a_town_travel_a_route(gazetteer):
    got = _layers("Families from across the district drove to Goris on Monday.", gazetteer)
    assert got.get("Goris") == "corridors"


def test_driving_across_a_pass_is_a_route(gazetteer):
    got = _layers("Lorries drove across the pass to Kalbajar on Tuesday.", gazetteer)
    assert got.get("Kalbajar") == "corridors"
