"""People driven or taken through districts named together on a trip of their own visited them ("other"), as a
tour through towns is visits; vehicles, a column or troops moving out through the districts are still the way's
traffic ("corridors")."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 6, 2)


def _layers(text, gazetteer):
    return {name: e["layer"] for e in extract_text(text, DAY, gazetteer) for name in e["place"].split(";")}


def test_a_minister_travelling_through_two_districts_visits_them(gazetteer):
    text = "The prime minister travelled on Tuesday with two deputies through the Lachin and Kalbajar districts."
    assert _layers(text, gazetteer) == {"Lachin": "other", "Kalbajar": "other"}


def test_journalists_taken_through_districts_visit_them(gazetteer):
    text = "The foreign reporters were later taken through the Fuzuli and Jabrayil districts by the ministry."
    assert _layers(text, gazetteer) == {"Fuzuli": "other", "Jabrayil": "other"}


def test_a_column_of_trucks_through_districts_stays_the_way(gazetteer):
    text = "A column of army trucks drove out through the Fuzuli and Jabrayil districts on Tuesday."
    assert set(_layers(text, gazetteer).values()) == {"corridors"}
