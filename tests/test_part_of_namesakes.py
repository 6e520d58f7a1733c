"""A place named as a part of a town or by it ("the X district of Y", "X near Y", "X on the outskirts of Y") is
read as its namesake by Y when the gazetteer has one there; else it is read as before."""
import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import distance_km, load_gazetteer

PUBLISHED = dt.date(2024, 3, 5)
NEAR_KM = 40

# (the place, the town it lies by, that town's country): each name has namesakes far apart
PAIRS = [("Drakhtik", "Fuzuli", "AZ"), ("Drakhtik", "Chambarak", "AM"), ("Akner", "Alaverdi", "AM"),
         ("Akner", "Goris", "AM"), ("Agdam", "Tovuz", "AZ")]
NEAR_WORDINGS = ["Shelling hit {x} near {y} on Monday.",
                 "Soldiers fired at {x} close to {y} in the night.",
                 "A drone fell on {x} on the outskirts of {y}, officials said.",
                 "Near {y}, gunfire was heard in {x} near {y}."]
PART_WORDINGS = ["Shells landed on the {x} microdistrict of {y} overnight.",
                 "Shells hit the {x} quarter of {y} on Sunday.",
                 "Drones struck the {x} neighbourhood of {y} on Friday.",
                 "A shell hit the {x} settlement of {y} at dawn."]
# a place read by its part-of wording only when the finder keeps the name before "quarter", "settlement"...
PART_PAIRS = [pair for pair in PAIRS if pair[0] != "Akner"]


def _point(name):
    place = load_gazetteer().resolve(name).place
    return place.lat, place.lon


def _candidate(sentence, name):
    return next(c for c in extract_text(sentence, PUBLISHED) if c["place_name"] == name
                or c["place_name"].startswith(name))


@pytest.mark.parametrize("x,y,country", PAIRS)
@pytest.mark.parametrize("wording", NEAR_WORDINGS)
def test_namesake_near_the_town(x, y, country, wording):
    _assert_by(wording.format(x=x, y=y), x, y, country)


@pytest.mark.parametrize("x,y,country", PART_PAIRS)
@pytest.mark.parametrize("wording", PART_WORDINGS)
def test_namesake_part_of_the_town(x, y, country, wording):
    _assert_by(wording.format(x=x, y=y), x, y, country)


def _assert_by(sentence, x, y, country):
    found = _candidate(sentence, x)
    lon, lat = found["coordinates"][0]
    y_lat, y_lon = _point(y)
    assert found["country"] == country
    assert distance_km(lat, lon, y_lat, y_lon) <= NEAR_KM


# (a quarter named as part of a town is kept at the town instead: see test_names_robust36)
@pytest.mark.parametrize("sentence,name", [("Shelling hit Aghdam near Khankendi on Monday.", "Aghdam")])
def test_no_namesake_by_the_town_keeps_the_reading(sentence, name):
    found = _candidate(sentence, name)
    first = load_gazetteer().resolve(name).place
    assert found["coordinates"][0] == [first.lon, first.lat]
    assert found["geo_source"] != "approximate"
