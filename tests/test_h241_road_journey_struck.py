"""People told on a road named "from A to B" when fire struck them ("they were on the road from A to B when they were
shot", "the family was driving along the highway from A to B when a drone hit their car") are people moving along
that road: the corridors layer at both its towns. Fire at a vehicle only placed on the road, a road shelled with no
one told on it, and a journey with no attack keep their readings."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer, published="2022-11-23"):
    return extract_text(text, datetime.date.fromisoformat(published), gazetteer)


def _at(events, place):
    return [e for e in events if place in e["place"].split(";")]


def test_people_on_the_road_when_shot(gazetteer):
    events = _events("Two of his cousins were on the road from Goris to Kapan when they were shot, the police said.",
                     gazetteer)
    for town in ("Goris", "Kapan"):
        got = _at(events, town)
        assert got and got[0]["layer"] == "corridors"
        assert got[0]["claimed_by"]


def test_family_driving_along_the_highway_when_a_drone_hit(gazetteer):
    events = _events("The family was driving along the highway from Goris to Kapan when a drone hit their car.",
                     gazetteer)
    assert _at(events, "Goris") and _at(events, "Goris")[0]["layer"] == "corridors"
    assert _at(events, "Kapan") and _at(events, "Kapan")[0]["layer"] == "corridors"


# --- near sentences where the rule must not fire ---

def test_fire_at_a_car_placed_on_the_road(gazetteer):
    events = _events("Soldiers fired on a car on the road from Goris to Kapan.", gazetteer)
    assert not _at(events, "Goris") and not _at(events, "Kapan")


def test_road_shelled_with_no_one_on_it(gazetteer):
    events = _events("The road from Goris to Kapan was shelled overnight.", gazetteer)
    assert not any(e["layer"] == "corridors" and e["kind"] != "route" for e in events)
    assert not any(e["layer"] == "shelling" for e in _at(events, "Goris"))


def test_on_the_road_when_news_came_is_no_fire(gazetteer):
    events = _events("They were on the road from Goris to Kapan when the news came.", gazetteer)
    assert all(e["layer"] != "shelling" for e in events)
