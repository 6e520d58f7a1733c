"""Roads named by their towns: fire near the road that shut it, and a road named by where it leads first."""
import datetime as dt

from geo.extract import extract_text


def _events(text):
    return [(name, e["layer"]) for e in extract_text(text, dt.date(2016, 7, 9)) for name in e["place"].split(";")]


def test_fire_near_a_road_that_shut_that_stretch_closes_the_road():
    text = ("On Friday sniper fire from across the border near the Ijevan–Berd road shut that section of the "
            "highway for an hour, the village head said.")
    events = _events(text)
    assert ("Ijevan", "corridors") in events and ("Berd", "corridors") in events


def test_fire_near_a_road_closing_the_road_is_the_closure():
    text = "Machine-gun fire near the Ijevan–Berd road closed the road until the evening."
    events = _events(text)
    assert ("Ijevan", "corridors") in events and ("Berd", "corridors") in events


def test_fire_near_a_road_that_hit_a_shepherd_names_no_event_on_the_road():
    # negative case: the road only says where the fire was; nothing was shut
    text = "On Friday sniper fire near the Ijevan–Berd road wounded a shepherd, the village head said."
    assert not any(layer == "corridors" for _, layer in _events(text))


def test_highway_named_by_where_it_leads_then_its_section_between_two_villages_fired_on():
    text = ("The part of the highway to Georgia between Koti and Chinari lies in sight of the enemy posts and "
            "has been shot at again and again, the paper said.")
    events = _events(text)
    assert ("Koti", "shelling") in events and ("Chinari", "shelling") in events


def test_highway_named_by_where_it_leads_then_its_section_closed_stays_a_closure():
    # negative case: no fire, the road's own news
    text = "The highway to Georgia between Koti and Chinari was shut for repairs on Monday."
    events = _events(text)
    assert ("Koti", "corridors") in events and not any(layer == "shelling" for _, layer in events)
