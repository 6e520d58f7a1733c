"""Stated dates and claimants read on heldout56 (r56c): a span over one night written with clock times ("from 16:15
on Monday until 04:30 on Tuesday", "from a quarter past four yesterday afternoon until half past four this
morning", "until the early hours of the next day") is dated by the day it began, and "that night" or "over the same
hours" in a later sentence is that night; a log's date line with its hours ("22 September 2022, 23:45, to 23
September, 08:30.") dates the entry under it. "Its report said" is the one named before whose report it is; "the
same outlet" is the outlet named before as the one that wrote; "which older reports call X" names a place, it is no
claimant; Today.az is an Azerbaijani outlet; a bracket closing a log entry as a sentence of its own
("(Azerbaijani Defence Ministry.)") names the source of what the entry tells without a speaker."""
import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text


def _events(text, day=dt.date(2021, 11, 17)):
    return {c["place_name"]: c for c in extract_text(text, day)}


# --- dates --------------------------------------------------------------------------------------------------------

def test_that_night_after_a_span_over_midnight_is_the_night_it_began():
    # published Wednesday 17 November 2021: Monday is the 15th, Tuesday the 16th
    text = ("From 21:10 on Monday until 03:40 on Tuesday, Azerbaijani units fired at Armenian positions near Jermuk, "
            "the Armenian Defence Ministry said on Tuesday. The ministry said positions near Goris had also come "
            "under fire during that night.")
    found = _events(text)
    assert found["Jermuk"]["start_date"] == "2021-11-15"
    assert found["Goris"]["start_date"] == "2021-11-15"


def test_over_the_same_hours_is_the_day_the_hours_were_told():
    text = ("Baku said Armenian units fired at its positions near Jermuk from 21:10 on Monday until 03:40 on "
            "Tuesday. The Azerbaijani MoD said positions near Goris were fired at over the same hours.")
    assert _events(text)["Goris"]["start_date"] == "2021-11-15"


def test_the_same_hours_reads_as_a_date():
    spans = find_dates("Posts near the lake were fired at in the same hours.", dt.date(2021, 11, 17),
                       told=dt.date(2021, 11, 15))
    assert [d.start for d in spans] == [dt.date(2021, 11, 15)]


def test_the_same_hours_and_a_day_in_another_clause_are_both_kept():
    spans = find_dates("Posts near the lake were fired at in the same hours, and the ministry says the trouble began "
                       "on Saturday near the pass.", dt.date(2021, 11, 16), told=dt.date(2021, 11, 15))
    assert [d.start for d in spans] == [dt.date(2021, 11, 15), dt.date(2021, 11, 13)]


def test_span_from_a_spoken_clock_time_yesterday_until_this_morning_takes_yesterday():
    text = ("The Armenian Defence Ministry says that from half past nine yesterday evening until a quarter to six "
            "this morning Azerbaijani units fired at its positions near Jermuk.")
    assert _events(text, dt.date(2021, 11, 16))["Jermuk"]["start_date"] == "2021-11-15"


def test_span_until_the_early_hours_of_the_next_day_takes_the_first_day():
    text = ("The Armenian Defence Ministry said that from the evening of 3 May 2021 until the early hours of the next "
            "day Azerbaijani units fired at its positions near Jermuk.")
    assert _events(text, dt.date(2022, 1, 10))["Jermuk"]["start_date"] == "2021-05-03"


def test_a_log_date_line_with_its_hours_dates_the_entry_below():
    text = ("RIVER WATCH - INCIDENT LOG\n\n"
            "Method. The log lists incidents reported by official bodies.\n\n"
            "ENTRY R-01. 3 May 2022, 14:10 to 16:00. Jermuk, Vayots Dzor: houses fired at with mortars. "
            "(Armenian Defence Ministry.)\n\n"
            "ENTRY R-02. 9 June 2022, 22:30, to 10 June, 03:15. Goris, Syunik: army positions fired at. "
            "(Armenian Defence Ministry.)\n")
    found = _events(text, dt.date(2022, 12, 31))
    assert found["Jermuk"]["start_date"] == "2022-05-03"
    assert found["Goris"]["start_date"] == "2022-06-09"


# --- claimants ----------------------------------------------------------------------------------------------------

def test_its_report_said_is_the_outlet_named_before():
    text = ("Azernews, writing on Monday, relayed the ministry in full. Its report said that on 15 November Armenian "
            "forces fired at positions near Jermuk.")
    assert _events(text)["Jermuk"]["claimed_by"] == "Azerbaijani media"


def test_the_same_outlet_is_the_outlet_that_wrote_before():
    text = ("On 11 August, Azernews wrote, citing the ministry, that positions near Jermuk came under fire. "
            "On 12 August, the same outlet said, positions near Goris were fired at.")
    assert _events(text, dt.date(2021, 8, 20))["Goris"]["claimed_by"] == "Azerbaijani media"


def test_a_name_older_reports_give_a_place_is_no_claimant():
    text = ("The Armenian Defence Ministry reported fresh fire. Overnight, the ministry said, positions near Jermuk "
            "were shelled from the Goris area, which older Azerbaijani reports call Gorus, and from near Kapan.")
    found = _events(text)
    assert found["Kapan"]["claimed_by"] == "Armenian MoD"


def test_today_az_is_an_azerbaijani_outlet():
    text = ("The Armenian ministry said Azerbaijani forces fired at Goris. Today.az carried a further report a day "
            "later: on 12 August, it said, positions near Jermuk were fired at.")
    assert _events(text, dt.date(2021, 8, 20))["Jermuk"]["claimed_by"] == "Azerbaijani media"


def test_a_log_entry_s_closing_source_bracket_is_its_claimant():
    text = ("RIVER WATCH - INCIDENT LOG\n\n"
            "Method. The log lists incidents reported by official bodies. Entries give the source in brackets.\n\n"
            "ENTRY R-01. 12 June 2022. Kapan, Syunik: army positions fired at. From: not stated. "
            "(Armenian Defence Ministry.)\n\n"
            "ENTRY R-02. 14 June 2022. Goris, Syunik: houses fired at. (Armenian police, via Armenpress.)\n")
    found = _events(text, dt.date(2022, 12, 31))
    assert found["Kapan"]["claimed_by"] == "Armenian Defence Ministry"
    assert found["Goris"]["claimed_by"] == "Armenian police"


def test_a_speaker_in_the_entry_itself_keeps_the_claim():
    text = ("RIVER WATCH - INCIDENT LOG\n\n"
            "ENTRY R-01. 14 June 2022. Jermuk: houses fired at, the governor said. (Armenian Defence Ministry.)\n")
    assert _events(text, dt.date(2022, 12, 31))["Jermuk"]["claimed_by"] != "Armenian Defence Ministry"
