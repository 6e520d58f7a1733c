"""Dates: a day after the place's own verb, past a bearing apposition, is the place's, not the report's (sentences
written for this rule)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 10, 5)          # a Wednesday


def start(text, place):
    return next(e["start_date"] for e in extract_text(text, DAY) if e["place"] == place)


def test_day_after_the_places_own_verb_past_a_bearing():
    text = "The agency wrote on Monday that the village of Kubatly, south of Lachin, had fallen on Sunday."
    assert start(text, "Kubatly") == "2022-10-02"


def test_day_of_another_clause_leaves_the_report_day():
    text = ("The agency wrote on Monday that the village of Kubatly, south of Lachin, had fallen, and that talks would "
            "resume on Friday.")
    assert start(text, "Kubatly") == "2022-10-03"
