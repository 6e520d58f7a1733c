"""Dates a reader writes for four forms the date reader misread: a clock time ("14:05", "08.30") is no day, nor is a
word that begins like a month ("3 Martakert villages"); "the day before" told before the day of the statement it is
counted from ("..., the ministry said on Friday"), and with a verb in the simple past after it ("the day before
killed three people"); "until Friday" is a time limit, no day of the event. Published on Thursday 10 June 2021."""

import datetime as dt

import pytest

from geo.extract import extract_text

PUBLISHED = dt.date(2021, 6, 10)          # a Thursday


def _event(text, place, gazetteer):
    return next(e for e in extract_text(text, PUBLISHED, gazetteer) if e["place"] == place)


def _dates(text, place, gazetteer):
    e = _event(text, place, gazetteer)
    return str(e["start_date"]), str(e["end_date"]), e["date_text"]


# --- 1. a clock time is no day

@pytest.mark.parametrize("text, place", [
    ("14:05 Martakert, small-arms fire.", "Martakert"),
    ("08.30 Martuni: shelling reported.", "Martuni"),
    ("At 22:15 Martuni came under fire.", "Martuni"),
    ("At 08.30 May residents fled Martuni.", "Martuni"),
    ("Three Martakert villages were shelled at 07:45.", "Martakert"),
    ("3 Martakert villages were shelled.", "Martakert"),
])
def test_a_clock_time_is_no_day(text, place, gazetteer):
    assert _dates(text, place, gazetteer) == ("2021-06-10", "2021-06-10", "")


@pytest.mark.parametrize("text, place, day, said", [
    ("Shelling hit Martuni on 14.05.2021.", "Martuni", "2021-05-14", "14.05.2021"),
    ("Shelling hit Martuni on 14/05/2021.", "Martuni", "2021-05-14", "14/05/2021"),
    ("Shelling hit Martuni at 14:05 on 3 May.", "Martuni", "2021-05-03", "3 May"),
    ("Shelling hit Martuni at 14:05 June 3.", "Martuni", "2021-06-03", "June 3"),
    ("At 08.30 on 3 May shells fell on Martuni.", "Martuni", "2021-05-03", "3 May"),
    ("Shelling hit Martuni on 3 Mar. 2021.", "Martuni", "2021-03-03", "3 Mar. 2021"),
    ("14:05 Martakert, small-arms fire on 5 June.", "Martakert", "2021-06-05", "5 June"),
])
def test_a_real_date_beside_a_time_is_still_read(text, place, day, said, gazetteer):
    assert _dates(text, place, gazetteer) == (day, day, said)


# --- 2. "the day before" counted from the day of the statement the sentence states after it

@pytest.mark.parametrize("text", [
    "Shelling of Martuni the day before had killed three people, the ministry said on Friday.",
    "The day before, shelling of Martuni had killed three people, the ministry said on Friday.",
    "Shelling of Martuni the day before had killed three people, the defence ministry told reporters on Friday.",
    "Shelling of Martuni the day before had killed three people, the ministry said in a statement on Friday.",
    "The ministry said on Friday that shelling of Martuni the day before had killed three people.",
])
def test_the_day_before_the_statement(text, gazetteer):
    assert _dates(text, "Martuni", gazetteer)[:2] == ("2021-06-03", "2021-06-03")


def test_the_eve_of_a_statement_dated_by_day_and_month(gazetteer):
    text = "On the eve, shells hit Martuni, the ministry said on 5 June."
    assert _dates(text, "Martuni", gazetteer)[:2] == ("2021-06-04", "2021-06-04")


@pytest.mark.parametrize("text, day, said", [
    # no statement's day: the day before publication, as before
    ("Shelling of Martuni the day before had killed three people, the ministry said.", "2021-06-09",
     "the day before"),
    # the event's own day
    ("Shelling of Martuni on Thursday killed three people, the ministry said on Friday.", "2021-06-10",
     "on Thursday"),
    ("Shelling of Martuni on 2 June killed three people, the ministry said on Friday.", "2021-06-02", "2 June"),
    # the day of another act, not of the statement: the day before counts from publication
    ("Shelling of Martuni the day before had killed three people, and the ministry said troops withdrew from "
     "Lachin on Friday.", "2021-06-09", "the day before"),
    # a day of the speaker's own before the saying: the saying's day dates it, as before
    ("A resident of Martuni, who had been there the night before, said on Monday the village was calm.",
     "2021-06-07", "on Monday"),
])
def test_near_sentences_keep_their_dates(text, day, said, gazetteer):
    assert _dates(text, "Martuni", gazetteer) == (day, day, said)


# --- 3. "the day before killed", the "had" form without "had"

@pytest.mark.parametrize("text, day, said", [
    ("Shelling of Martuni the day before killed three people, the ministry said on Friday.", "2021-06-03",
     "the day before"),
    ("Shelling of Martuni the day before killed three people.", "2021-06-09", "the day before"),
    ("Shelling of Martuni the night before hit the school.", "2021-06-09", "the night before"),
    ("Shelling of Martuni the day before wounded at least two soldiers.", "2021-06-09", "the day before"),
])
def test_the_day_before_with_a_simple_past(text, day, said, gazetteer):
    assert _dates(text, "Martuni", gazetteer) == (day, day, said)


@pytest.mark.parametrize("text, day, said", [
    ("Martuni was shelled the day before the talks.", "2021-06-10", ""),
    ("Martuni was shelled the day before Christmas.", "2021-06-10", ""),
    ("Martuni was shelled the day before armed men entered the village.", "2021-06-10", ""),
    ("Martuni was shelled the day before wounded soldiers were flown out.", "2021-06-10", ""),
    ("Shells hit Martuni on Friday, the day before talks opened.", "2021-06-04", "on Friday"),
    ("Martuni was shelled the day before yesterday.", "2021-06-08", "the day before yesterday"),
])
def test_the_day_before_another_thing_is_not_counted(text, day, said, gazetteer):
    assert _dates(text, "Martuni", gazetteer) == (day, day, said)


# --- 4. "until Friday" is a time limit, no day of the event

@pytest.mark.parametrize("text", [
    "The Lachin corridor reopened until Friday.",
    "The Lachin corridor reopened till Friday.",
    "The Lachin corridor was closed until late on Friday.",
    "Families who fled the shelling stayed with relatives in Lachin until Wednesday.",
])
def test_until_a_weekday_is_no_day_of_the_event(text, gazetteer):
    assert _dates(text, "Lachin", gazetteer) == ("2021-06-10", "2021-06-10", "")


@pytest.mark.parametrize("text, start, end, said", [
    ("The Lachin corridor was closed since Friday.", "2021-06-04", "", "since Friday"),
    ("The Lachin corridor reopened on Friday.", "2021-06-04", "2021-06-04", "on Friday"),
    ("The Lachin corridor reopened on Friday until 30 June.", "2021-06-04", "2021-06-04", "on Friday"),
    ("The Lachin corridor was closed until 30 June.", "2021-06-30", "2021-06-30", "30 June"),
    ("The Lachin corridor won't reopen until Friday.", "2021-06-11", "2021-06-11", "until Friday"),
    ("The Lachin corridor did not reopen until Friday.", "2021-06-04", "2021-06-04", "until Friday"),
    ("The Lachin corridor was closed from Monday until Friday.", "2021-06-07", "2021-06-07", "from Monday"),
    ("The Lachin corridor was closed by Friday.", "2021-06-04", "2021-06-04", "by Friday"),
])
def test_near_sentences_with_until_keep_their_dates(text, start, end, said, gazetteer):
    assert _dates(text, "Lachin", gazetteer) == (start, end, said)


def test_a_day_put_off_until_is_that_day(gazetteer):
    text = "Talks on reopening the Lachin corridor were postponed until Friday."
    assert _dates(text, "Lachin", gazetteer)[:2] == ("2021-06-11", "2021-06-11")
