"""Corridor routes follow their roads: waypoints at most 3 km apart, or the route says it is approximate."""

from geo import routes, settings
from geo.events import read_events, waypoints
from geo.gazetteer import Place, load_gazetteer

# Every stretch of the curated record longer than 3 km, and why no sourced place closes it yet.
# The routes holding them are marked approximate (geo_precision town, or district for the
# indicative Nakhchivan line); the README lists them too.
NO_SOURCED_PLACE = "no village, bridge or junction with a published coordinate and a source placing it on this road"
APPROXIMATE = {
    ("Goris", "Khndzoresk"): NO_SOURCED_PLACE,
    ("Khndzoresk", "Tegh"): NO_SOURCED_PLACE,
    ("Tegh", "Aghavno"): NO_SOURCED_PLACE,
    ("Aghavno", "Sus"): NO_SOURCED_PLACE,
    ("Sus", "Lachin"): NO_SOURCED_PLACE,
    ("Lachin", "Turshsu"): "Kanach Tala lies on this road (39 km from Stepanakert) but no coordinate for it was found",
    ("Turshsu", "Zarysly"): NO_SOURCED_PLACE,
    ("Zarysly", "Lachin road at Shusha-Dashalti junction"): NO_SOURCED_PLACE,
    ("Shusha", "Karkijahan"): "the serpentine from Shusha down to Stepanakert: no sourced point on it",
    ("Tegh", "Hakari Bridge"): "Aug 2022 - Mar 2023: the old highway and a temporary 4.7 km link whose course is unpublished",
    ("Tegh", "Kornidzor"): NO_SOURCED_PLACE + " (the road passes the fields beside Kornidzor, not the village itself)",
    ("Hakari Bridge", "Meghvadzor"): "the bridge itself is placed to about 2 km; nothing sourced between",
    ("Meghvadzor", "Hin Shen"): NO_SOURCED_PLACE,
    ("Mets Shen", "Turshsu"): "the new road meets the old highway at its km 36 from Stepanakert: no coordinate for that junction",
    ("Aghdam", "Askeran Fortress"): NO_SOURCED_PLACE,
    ("Askeran", "Khojaly"): NO_SOURCED_PLACE,
    ("Khojaly", "Stepanakert"): "no sourced point between; the airport at Khojaly is not placed on the road by any source, so it is no waypoint",
}
INDICATIVE = "district"          # a planned line (Nakhchivan): a course along the Aras, not a road


def _place(name, lat, lon):
    return Place(name, lat, lon, "AZ", "curated", "town", 0, "", "", "")


A, B, C = _place("A", 39.50, 46.50), _place("B", 39.52, 46.50), _place("C", 39.57, 46.50)   # 2.2 km, 5.6 km


def test_stretches_over_3_km_are_the_approximate_ones():
    assert [s.km for s in routes.stretches([A, B, C])] == [2.22, 5.56]
    assert routes.approximate([A, B, C]) == [routes.Stretch("B", "C", 5.56)]
    assert routes.approximate([A, B]) == []


def test_a_route_claiming_to_follow_its_road_may_not_have_a_long_stretch():
    assert routes.unmarked("site", [A, B, C]) == [routes.Stretch("B", "C", 5.56)]
    assert routes.unmarked("site", [A, B]) == []
    assert routes.unmarked("town", [A, B, C]) == []           # marked approximate


def _corridors():
    gazetteer = load_gazetteer()
    for _, event in read_events(settings.PROJECT_DIR / "data" / "events.csv"):
        if event["layer"] == "corridors":
            yield event, [gazetteer.resolve(name).place for name in waypoints(event)]


def test_every_corridor_stretch_is_at_most_3_km_unless_its_route_is_marked_approximate():
    found = set()
    for event, places in _corridors():
        assert routes.unmarked(event["geo_precision"], places) == [], event["id"]
        long = routes.approximate(places)
        if event["geo_precision"] == INDICATIVE:
            continue
        if long:
            assert event["geo_precision"] != routes.FOLLOWS_ROAD, event["id"]
        found |= {(s.start, s.end) for s in long}
    assert found == set(APPROXIMATE)          # the documented list is the record's, no more, no less
