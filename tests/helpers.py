"""Helpers the tests share: who the extractor says claims each place of a text written for a test, and the layer
it files each place under.

One copy here, so that every test reads the rows the same way (same source label, same reading of the
publication day) and a change to the extractor's interface is made once. A test file with a publication day of its
own binds it once: ``layers = partial(place_layers, published=DAY)``.
"""

import datetime as dt

from geo.extract import extract_text

PUBLISHED = "2021-06-10"      # a publication day with nothing special about it


def rows(text, gazetteer, published=PUBLISHED):
    """The extractor's rows for ``text`` published on ``published`` (an ISO string or a date)."""
    day = published if isinstance(published, dt.date) else dt.date.fromisoformat(published)
    return extract_text(text, day, gazetteer, source="test")


def claimants(text, gazetteer, published=PUBLISHED):
    """Place → the claimant of its last row."""
    return {c["place_name"]: c["claimed_by"] for c in rows(text, gazetteer, published)}


def claimant_pairs(text, gazetteer, published=PUBLISHED):
    """(place, claimant) of every row in order: a place can have one row per side."""
    return [(c["place_name"], c["claimed_by"]) for c in rows(text, gazetteer, published)]


def all_claimants(text, gazetteer, published=PUBLISHED):
    """Place → the sorted claimants of all its rows."""
    found = {}
    for place, who in claimant_pairs(text, gazetteer, published):
        found.setdefault(place, set()).add(who)
    return {place: sorted(who) for place, who in found.items()}


def claimant_of(place, text, gazetteer, published=PUBLISHED):
    """The claimant of the first row whose places (a row can name several, joined by ";") include ``place``."""
    return next(c["claimed_by"] for c in rows(text, gazetteer, published) if place in c["place_name"].split(";"))


def place_layers(text, gazetteer, published=PUBLISHED):
    """Place → the layer of its last row (a row naming several places counts under their joined name)."""
    return {c["place_name"]: c["layer"] for c in rows(text, gazetteer, published)}


def waypoint_layers(text, gazetteer, published=PUBLISHED):
    """Place → the layer of its last row, each place of a row that names several (a corridor's waypoints, joined by
    ";") on its own."""
    return {name: c["layer"] for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def place_layer_pairs(text, gazetteer, published=PUBLISHED):
    """The (place, layer) of every row, as a set."""
    return {(c["place_name"], c["layer"]) for c in rows(text, gazetteer, published)}


def points(text, gazetteer, published=PUBLISHED):
    """{place name: (lat, lon)} of the extractor's rows for ``text``."""
    found = {}
    for row in rows(text, gazetteer, published):
        lon, lat = row["coordinates"][0]
        found[row["place_name"]] = (round(lat, 5), round(lon, 5))
    return found


def claimants_match(expected, found, same):
    """Each expected claimant has a row and each row is one of them, ``same(expected, found)`` telling whether a
    row's claimant reads as an expected one."""
    return bool(found) and all(any(same(e, w) for w in found) for e in expected) \
        and all(any(same(e, w) for e in expected) for w in found)


def check_places(text, published, expected, absent, gazetteer):
    """Assert the rows of ``text``: each place of ``expected`` ({place: (layer, start day or None)}) has a row with
    that layer and start (one of its rows, when it has several), and no place of ``absent`` has any."""
    found = rows(text, gazetteer, published)
    names = {name for r in found for name in r["place_name"].split(";")}
    for place, (layer, start) in expected.items():
        mine = [r for r in found if place in r["place_name"].split(";")]
        assert mine, (place, found)
        assert any(r["layer"] == layer and (start is None or r["start_date"] == start) for r in mine), (place, mine)
    for place in absent:
        assert place not in names, (place, found)
