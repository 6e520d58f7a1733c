"""A day of a month written with an ordinal word ("on the second of June", "June the second", "from the first to the
third of May") is read as the same day in figures is ("on the 2nd of June"); an ordinal word with no month after
it ("the second of the three convoys", "a second of silence") dates nothing."""

import datetime

import pytest

from geo.extract import extract_text

DAY = datetime.date(2022, 9, 14)


def _events(text, gazetteer):
    return [e for e in extract_text(text, DAY, gazetteer, source="test") if e["place"] == "Sotk"]


def _dates(text, gazetteer):
    return {(e["start_date"], e["end_date"]) for e in _events(text, gazetteer)}


@pytest.mark.parametrize("day, words", [
    ("2022-06-02", "on the second of June"),
    ("2022-06-02", "on the 2nd of June"),
    ("2022-06-21", "on the twenty-first of June"),
    ("2022-06-21", "on the twenty first of June"),
    ("2022-06-02", "on June the second"),
    ("2021-05-01", "on the first of May 2021"),
    ("2022-09-30", "on the thirtieth of September"),
    ("2022-06-02", "on the night of the second of June"),
    ("2022-08-31", "on the thirty-first of August"),
    ("2022-07-13", "on the thirteenth of July"),
    ("2021-05-05", "on the fifth of May last year"),
])
def test_an_ordinal_word_with_its_month(day, words, gazetteer):
    events = _events(f"Azerbaijani forces shelled Sotk {words}, the ministry said.", gazetteer)
    assert {(e["start_date"], e["end_date"]) for e in events} == {(day, day)}
    assert all(e["date_text"] and e["date_text"] in words for e in events)


def test_every_ordinal_word_from_first_to_thirty_first(gazetteer):
    units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    words = units + ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                     "seventeenth", "eighteenth", "nineteenth", "twentieth"] + [f"twenty-{u}" for u in units] \
        + ["thirtieth", "thirty-first"]
    for day, word in enumerate(words, 1):
        for written in {word, word.replace("-", " ")}:
            assert _dates(f"Azerbaijani forces shelled Sotk on the {written} of July, the ministry said.",
                          gazetteer) == {(f"2022-07-{day:02d}",) * 2}, written


def test_a_month_before_the_word_with_a_clause_after_it(gazetteer):
    assert _dates("On June the second the battalion shelled Sotk, the ministry said.",
                  gazetteer) == {("2022-06-02", "2022-06-02")}


def test_a_span_of_days_in_words(gazetteer):
    assert _dates("Azerbaijani forces shelled Sotk from the first to the third of May, the ministry said.",
                  gazetteer) == {("2022-05-01", "2022-05-03")}


def test_a_span_of_days_with_the_in_figures(gazetteer):
    # (as "from 1 to 3 May" is read)
    assert _dates("Azerbaijani forces shelled Sotk from the 1st to the 3rd of May, the ministry said.",
                  gazetteer) == {("2022-05-01", "2022-05-03")}


def test_two_days_in_words_joined_by_and(gazetteer):
    assert _dates("Azerbaijani forces shelled Sotk on the fourth and fifth of September, the ministry said.",
                  gazetteer) == {("2022-09-04", "2022-09-05")}


def test_a_span_between_two_days_in_words_with_a_year(gazetteer):
    assert _dates("Azerbaijani forces shelled Sotk between the twentieth and the twenty-second of August 2021.",
                  gazetteer) == {("2021-08-20", "2021-08-22")}


def test_the_day_of_a_possessive_month(gazetteer):
    # ("the 2nd of June's convoys" is the 2nd too)
    assert _dates("The second of June's convoys was shelled near Sotk, the ministry said.",
                  gazetteer) == {("2022-06-02", "2022-06-02")}


def test_a_weekday_before_the_day_in_words(gazetteer):
    assert _dates("On Thursday the second of June shells hit Sotk, the ministry said.",
                  gazetteer) == {("2022-06-02", "2022-06-02")}


# sentences where no day is read: the publication's day stands

PUBLISHED = {("2022-09-14", "2022-09-14")}


@pytest.mark.parametrize("text", [
    "The second of the three convoys was shelled near Sotk, the ministry said.",
    "After a second of silence, shells hit Sotk, the ministry said.",
    "The first of the refugees returned to Sotk, the ministry said.",
    "The shelling of Sotk was the fifth of its kind, the ministry said.",
    "The second of the June convoys was shelled near Sotk, the ministry said.",
    "Shells hit Sotk on June the second round of talks, the ministry said.",
    "Azerbaijani forces shelled Sotk on the thirty-first of June, the ministry said.",
])
def test_no_day_of_a_month(text, gazetteer):
    assert _dates(text, gazetteer) == PUBLISHED


def test_a_month_then_a_numbered_noun_is_the_month(gazetteer):
    assert _dates("In June the second battalion shelled Sotk, the ministry said.",
                  gazetteer) == {("2022-06-01", "2022-06-30")}
