""""The day before" (or "the night before") right before "had" ("said on Friday that shelling in X the day before
had killed three people") is a day counted back from the day the sentence stated: "before" governs no clause there.
"The day before the ceasefire was signed" still names the day of another event, and "the day before was" is read as
it was."""

import datetime

from geo.extract import extract_text


def _dates(text, gazetteer, published="2020-10-03"):
    return {p: e["start_date"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_day_before_then_had_counts_from_the_day_said(gazetteer):
    got = _dates("The defender told journalists on Thursday that shelling in Askeran the day before had wounded a boy.",
                 gazetteer)
    assert str(got["Askeran"]) == "2020-09-30"


def test_night_before_then_had(gazetteer):
    got = _dates("The mayor said on Monday that the fire on Goris the night before had damaged two roofs.",
                 gazetteer)
    assert str(got["Goris"]) == "2020-09-27"


def test_day_before_then_had_been(gazetteer):
    got = _dates("On Wednesday the council said two houses in Sisian the day before had been hit by shells.",
                 gazetteer)
    assert str(got["Sisian"]) == "2020-09-29"


# --- near sentences where the rule must not fire ---

def test_day_before_an_event_keeps_its_reading(gazetteer):
    got = _dates("The mayor said on Monday that the day before the ceasefire was signed, Askeran had been shelled.",
                 gazetteer)
    assert str(got["Askeran"]) == "2020-09-28"


def test_no_day_stated_counts_from_publication(gazetteer):
    assert str(_dates("Shelling in Martuni the day before had killed two people, the ministry said.",
                      gazetteer)["Martuni"]) == "2020-10-02"


def test_day_after_is_not_counted_back(gazetteer):
    got = _dates("The mayor said on Monday that Goris had been shelled and the day after was calm.", gazetteer)
    assert str(got["Goris"]) == "2020-09-28"


def test_day_before_then_was_keeps_the_place(gazetteer):
    got = _dates("The ministry said on Sunday that the hill lost near Askeran the day before was back in its hands.",
                 gazetteer)
    assert "Askeran" in got
