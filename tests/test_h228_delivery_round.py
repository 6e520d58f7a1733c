"""A trader's own round of deliveries, each town with its own day ("we deliver to A on Thursdays and to B on
alternate Saturdays"), names no event at either town; a delivery done, or one told with the war's road, still does."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 4, 14)


def _places(text, gazetteer):
    return {p for e in extract_text(text, DAY, gazetteer, source="test") for p in e["place"].split(";")}


def test_round_with_a_day_for_each_town(gazetteer):
    assert _places("Orders come by telephone; we deliver to Goris on Mondays and to Sisian on alternate Fridays.",
                   gazetteer) == set()


def test_round_of_three_towns(gazetteer):
    assert _places("We post to Goris on Mondays, to Kapan on Wednesdays and to Sisian on Fridays.",
                   gazetteer) == set()


def test_delivery_done_stays(gazetteer):
    assert _places("We delivered flour to Goris on Monday and to Sisian on Friday.", gazetteer) == {"Goris", "Sisian"}


def test_round_on_the_wars_road_stays(gazetteer):
    assert _places("We deliver to Goris on Mondays and to Sisian on Fridays when the road is open.",
                   gazetteer) == {"Goris", "Sisian"}


def test_army_delivering_stays(gazetteer):
    assert "Sisian" in _places("The army delivered shells to Goris on Monday and to Sisian on Friday.", gazetteer)
