"""Dates of wire flashes, diary entries, anniversary pieces and ceremonies: a wire's day line in capitals ("FRIDAY 24
MAY 1991") dates the timed flashes under it, their "today" and "this afternoon"; a diary entry headed by a day and two
places ("Wednesday 8 May, Ijevan and Dilijan") is an entry of that day, so its "yesterday" counts from it; a piece
that opens "Thirty years ago this spring" puts a day told without a year in that year; a ceremony held "today" for
people killed on a past day is today's, the past day dating only the deaths; "that afternoon" followed by "that he
..." is the afternoon told, not a conjunction; a sentence opened by "A day later" moves the day told on, so "the same
day" after it is that later day, while "The night before" looks back and leaves it where it was."""

import datetime as dt

from tests.helpers import rows


def _day(place, text, gazetteer, published):
    return next(str(r["start_date"]) for r in rows(text, gazetteer, published) if place in r["place_name"].split(";"))


def test_a_wires_day_line_in_capitals_dates_its_flashes(gazetteer):
    text = ("FRIDAY 24 MAY 1991\n\n"
            "10:05 - Armenia says troops stormed the village of Kapan today.\n\n"
            "15:20 - A deputy says he drove past Sisian this afternoon and saw it under fire.\n\n"
            "SATURDAY 25 MAY 1991\n\n"
            "08:00 - The radio says the operation is over.")
    published = dt.date(1991, 5, 25)
    assert _day("Kapan", text, gazetteer, published) == "1991-05-24"
    assert _day("Sisian", text, gazetteer, published) == "1991-05-24"


def test_a_diary_entry_headed_by_two_places_counts_its_yesterday(gazetteer):
    text = ("Tuesday 7 May, Ijevan\nWe waited all day.\n\n"
            "Wednesday 8 May, Ijevan and Dilijan\n"
            "Yesterday, the governor said, soldiers took the village of Berkaber.")
    assert _day("Berkaber", text, gazetteer, dt.date(1991, 5, 20)) == "1991-05-07"


def test_a_day_without_a_year_in_a_piece_looking_back_a_season(gazetteer):
    text = ("Thirty years ago this spring, the army emptied a row of villages.\n\n"
            "In 1988 and 1989 many families had already left.\n\n"
            "On 16 May about eighty men were driven to Kapan and held there.")
    assert _day("Kapan", text, gazetteer, dt.date(2021, 5, 14)) == "1991-05-16"


def test_this_year_is_no_season_looked_back_on(gazetteer):
    text = ("Thirty years ago this year, the army emptied a row of villages.\n\n"
            "On 10 May shells fell on Kapan.")
    assert _day("Kapan", text, gazetteer, dt.date(2021, 5, 14)) == "2021-05-10"


def test_a_ceremony_today_for_the_dead_of_a_past_day(gazetteer):
    text = ("A memorial service was held in Ijevan today for the soldiers who were killed near Berkaber on "
            "3 June 1992, the governor's office said.")
    published = dt.date(2022, 6, 3)
    assert _day("Ijevan", text, gazetteer, published) == "2022-06-03"
    assert _day("Berkaber", text, gazetteer, published) == "1992-06-03"


def test_that_afternoon_before_a_that_clause(gazetteer):
    text = ("Thirty years ago today, troops stormed the village of Kapan.\n\n"
            "The night before, soldiers had taken up positions around it.\n\n"
            "A deputy told reporters that afternoon that he had seen Sisian under heavy fire.")
    assert _day("Sisian", text, gazetteer, dt.date(2021, 5, 24)) == "1991-05-24"


def test_the_same_day_after_a_day_later(gazetteer):
    text = ("On 6 May fighting broke out at Berkaber. A day later riot police blockaded the village. "
            "On the same day, according to the governor, troops took the village of Kapan.")
    assert _day("Kapan", text, gazetteer, dt.date(1991, 5, 9)) == "1991-05-07"


def test_the_same_day_with_nothing_counted_on(gazetteer):
    text = ("On 6 May fighting broke out at Berkaber. Riot police later blockaded the village. "
            "On the same day, according to the governor, troops took the village of Kapan.")
    assert _day("Kapan", text, gazetteer, dt.date(1991, 5, 9)) == "1991-05-06"
