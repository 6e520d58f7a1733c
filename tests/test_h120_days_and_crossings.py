"""A fixed named day told without its year ("on New Year's Eve") is the one just passed when the article is published
within three weeks of it (months later which year is meant is left open, as before); an exclave named by its
capital is where its frontier fences were pulled down when the sentence puts the crowds "on the X stretch of the
frontier"; and a place abroad where crossing points were "opened at" or "set up at" is a border point, kept (the
Iranian Bileh Savar, written Bilehsavar, read through its border province; no curated row, which would hide it from
the border-province reading that fire come down there needs)."""

import datetime as dt

from geo.dates import find_dates
from tests.helpers import place_layers, rows


def _days(sentence, published):
    return [(span.start, span.end) for span in find_dates(sentence, published)]


def test_new_years_eve_days_before_publication_is_the_one_just_passed():
    day = dt.date(1994, 12, 31)
    assert _days("The shelling began on New Year's Eve, the villagers said.", dt.date(1995, 1, 12)) == [(day, day)]


def test_christmas_day_days_before_publication_is_the_one_just_passed():
    day = dt.date(2020, 12, 25)
    assert _days("On Christmas Day two shells fell near the school.", dt.date(2020, 12, 29)) == [(day, day)]


def test_new_years_eve_months_before_publication_is_left_open():
    assert _days("The shelling began on New Year's Eve, the villagers said.", dt.date(1995, 5, 12)) == []


def test_since_new_years_eve_is_no_day_of_the_event():
    assert _days("Since New Year's Eve the road has been shut.", dt.date(1995, 1, 12)) == []


def test_crowds_on_the_exclaves_stretch_of_the_frontier_pulling_down_fences(gazetteer):
    text = "That night crowds on the Nakhchivan stretch of the frontier with Iran pulled down the fences."
    assert place_layers(text, gazetteer, "2010-01-15").get("Nakhchivan") == "other"


def test_fire_on_the_exclaves_stretch_of_the_border_only_locates(gazetteer):
    text = "That night soldiers fired on the Nakhchivan stretch of the border with Armenia from the north."
    assert "Nakhchivan" not in place_layers(text, gazetteer, "2010-01-15")


def test_crossing_points_opened_at_a_town_abroad_keep_it(gazetteer):
    text = "The radio said that crossing points had been opened at Astara and at Bilehsavar on the Iranian side."
    found = {c["place_name"] for c in rows(text, gazetteer, "1990-01-23")}
    assert "Bīleh Savār" in found


def test_a_town_abroad_where_nothing_was_opened_is_left_out(gazetteer):
    text = "The radio said that families from Bilehsavar on the Iranian side had relatives across the river."
    found = {c["place_name"] for c in rows(text, gazetteer, "1990-01-23")}
    assert "Bīleh Savār" not in found
