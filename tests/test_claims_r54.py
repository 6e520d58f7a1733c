"""Stated dates and claimants read on heldout54 (r54c): a weekday written after a calendar day ("5 April 2021
(Monday)", "on 5 April, a Monday,") only names the weekday of that day and gives no second date; a notebook's day
head run into its paragraph dates its "today"; "X report(s) fire" in the present tense, a body's "statement:" label
and "the Karabakh Armenian side" name their claimants."""
import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text


def _events(text, day=dt.date(2021, 11, 20)):
    return {c["place_name"]: c for c in extract_text(text, day)}


def test_weekday_in_brackets_after_a_day_is_no_date_of_its_own():
    spans = find_dates("5 April 2021 (Monday): shells fell on the edge of the town.", dt.date(2021, 11, 20))
    assert [d.start for d in spans] == [dt.date(2021, 4, 5)]


def test_a_monday_after_a_day_is_no_date_of_its_own():
    spans = find_dates("The road was closed on 5 April, a Monday, and opened later.", dt.date(2021, 11, 20))
    assert [d.start for d in spans] == [dt.date(2021, 4, 5)]


def test_chronology_entry_with_weekday_in_brackets_dates_the_fire():
    found = _events("5 April 2021 (Monday): the Armenian Defence Ministry reports Azerbaijani fire on Jermuk, "
                    "with no casualties.")
    assert found["Jermuk"]["start_date"] == "2021-04-05"


def test_weekday_named_for_another_day_is_kept():
    spans = find_dates("Fire hit the village on 5 April 2021 and again on Friday.", dt.date(2021, 4, 10))
    assert [d.start for d in spans] == [dt.date(2021, 4, 5), dt.date(2021, 4, 9)]


def test_today_under_a_day_head_run_into_the_paragraph_is_that_day():
    text = ("Notes from the border\n\n"
            "Tuesday 6 April, afternoon, Goris. The office is quiet. The army said at noon today that "
            "Azerbaijani troops had fired on Jermuk.\n\n"
            "Wednesday 7 April. Calm again.")
    found = _events(text, dt.date(2021, 4, 20))
    assert found["Jermuk"]["start_date"] == "2021-04-06"


def test_a_paragraph_opening_with_a_dated_event_is_no_day_head():
    text = ("On 6 April, troops fired on Jermuk. Shells also fell on Sotk today, the ministry said.")
    found = _events(text, dt.date(2021, 4, 20))
    assert found["Sotk"]["start_date"] == "2021-04-20"


def test_present_tense_report_of_fire_names_the_reporter():
    found = _events("Armenian prosecutors report Azerbaijani fire on Jermuk and on two villages nearby.")
    assert "prosecutor" in (found["Jermuk"]["claimed_by"] or "").lower()


def test_a_report_noun_is_still_no_speaker():
    from geo.extract.claims import find_attributions
    assert find_attributions("The report fire brigades filed on Jermuk was late.") == []


def test_a_body_statement_before_a_colon_is_that_body_claim():
    found = _events("Karabakh information centre statement: Azerbaijani troops fired on Khramort in the evening.",
                    dt.date(2022, 3, 25))
    assert found["Khramort"]["claimed_by"] == "Nagorno-Karabakh authorities"


def test_a_nation_bulletin_before_a_colon_names_no_body():
    from geo.extract.claims import _labelled_document
    assert _labelled_document("Russian bulletin") == ""
    assert _labelled_document("Karabakh information centre statement") == "Karabakh information centre"


def test_the_karabakh_armenian_side_is_the_karabakh_authorities():
    found = _events("Azerbaijani troops fired on Khramort, according to the Karabakh Armenian side.",
                    dt.date(2022, 3, 25))
    assert found["Khramort"]["claimed_by"] == "Nagorno-Karabakh authorities"
