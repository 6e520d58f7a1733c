"""A part of the day right before a "that" clause ("said that morning that part of the road ..."): the first "that" is
the day's, the day a sentence before stated, whatever word opens the clause after it; a "that" before a noun with no
second "that" stays a conjunction ("reported that night raids had stopped")."""

import datetime as dt

from geo.dates import find_dates

FRIDAY = dt.date(2021, 5, 14)
TOLD = dt.date(2021, 5, 12)


def _days(sentence):
    return [(d.text, d.start) for d in find_dates(sentence, FRIDAY, told=TOLD)]


def test_a_part_of_the_day_before_a_that_clause_is_the_day_told():
    assert _days("The police spokesman, Ara Hakobyan, said that evening that most of the Goris road was shut.") \
        == [("that evening", TOLD)]


def test_the_clause_opening_with_a_pronoun_still_reads_as_before():
    assert _days("The spokesman said that morning that it was shut.") == [("that morning", TOLD)]


def test_a_conjunction_before_a_noun_is_no_day():
    assert _days("The spokesman reported that night raids had stopped near Martuni.") == []
