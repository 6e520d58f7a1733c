"""A road word ending a state body's name ("the State Agency of Azerbaijan Automobile Roads", "the Ministry of
Roads") is no road: a place the body's man speaks of, or was at, keeps its own news; a road named apart is still
read as one."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 3, 1)


def _layers(text, gazetteer):
    return {name: e["layer"] for e in extract_text(text, DAY, gazetteer) for name in e["place"].split(";")}


def test_a_visit_told_with_the_roads_agency_named_is_no_route(gazetteer):
    text = ("On a trip to Sugovushan, an engineer of the State Agency of Azerbaijan Automobile Roads said the new "
            "school there would open in May.")
    assert _layers(text, gazetteer).get("Sugovushan") == "other"


def test_a_ministry_of_roads_is_no_route(gazetteer):
    text = "An official of the Ministry of Roads said the new clinic in Sugovushan was finished."
    assert _layers(text, gazetteer).get("Sugovushan") == "other"


def test_a_road_named_apart_is_still_a_road(gazetteer):
    text = ("An engineer of the State Agency of Azerbaijan Automobile Roads said the road from Tartar to Sugovushan "
            "was closed for repairs.")
    assert _layers(text, gazetteer).get("Sugovushan") == "corridors"
