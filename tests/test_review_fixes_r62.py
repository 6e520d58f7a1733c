"""Sentences where the r62 rules misfired: a day of a later clause after "weeks since", the years counted back,
a spot on a road so far from a town, a journey's aim read as a contact line, the clause after a visit's programme,
an entry after fire that had ended, rounds "not one of them" aimed, and posts in two districts removed."""

import datetime as dt

from geo.dates import find_dates
from tests.helpers import place_layers, rows


def days(text, published):
    return [s.start for s in find_dates(text, dt.date.fromisoformat(published)) if s.precision == "day"]


def places(text, gazetteer, published="2021-10-05"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_day_of_the_clause_after_weeks_since_is_not_moved_back():
    text = "It has been weeks since the talks, and the next round is set for 20 February."
    assert days(text, "2021-02-10") == [dt.date(2021, 2, 20)]


def test_two_years_passed_since_a_day_is_two_years_back():
    text = "Two years have passed since we left Hadrut on 28 February."
    assert days(text, "2021-02-10") == [dt.date(2019, 2, 28)]


def test_a_spot_on_a_highway_far_from_a_town_is_not_the_town(gazetteer):
    text = "A mine exploded on the highway 25 kilometres from Aghdam, killing a driver."
    assert "Aghdam" not in places(text, gazetteer)


def test_to_reach_a_town_is_a_journey_not_a_contact_line(gazetteer):
    text = "To reach Stepanakert, the trucks now must cross the Azerbaijani checkpoint at Hakari."
    assert "Stepanakert" in places(text, gazetteer)


def test_the_clause_after_a_visit_programme_is_news(gazetteer):
    text = "Her programme listed meetings in Goris, but on Tuesday shells hit Tegh while she was there."
    found = places(text, gazetteer)
    assert "Tegh" in found and "Goris" not in found


def test_troops_entering_after_a_ceasefire_ended_the_shelling_is_no_assault(gazetteer):
    text = "Azerbaijani troops entered Aghdam on Friday, after a ceasefire ended the shelling."
    assert place_layers(text, gazetteer, "2020-10-12").get("Aghdam") != "shelling"


def test_not_one_of_the_rounds_aimed_at_a_village_is_no_fire_there(gazetteer):
    text = ("Around thirty rockets were launched at the positions overnight, and the ministry said that not one of "
            "them was aimed at the village of Karmir Shuka.")
    assert place_layers(text, gazetteer, "2020-10-12").get("Karmir Shuka") != "shelling"


def test_some_of_these_rounds_aimed_at_a_village_is_fire_there(gazetteer):
    text = ("Around thirty rockets were launched at the positions overnight, and several of these were aimed at the "
            "village of Karmir Shuka.")
    assert place_layers(text, gazetteer, "2020-10-12").get("Karmir Shuka") == "shelling"


def test_posts_in_two_districts_removed_are_checkpoints(gazetteer):
    text = "Two posts in the Lachin and Kalbajar districts were removed, the command said."
    assert place_layers(text, gazetteer, "2020-12-12").get("Kalbajar District") == "checkpoints"
