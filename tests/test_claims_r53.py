"""Stated dates and claimants read on heldout53 (r53c): "the previous evening" counted from the day the sentence
states; the day after "quoting" a source is when it spoke; a span of days is dated by its first; a report inside a
report is the inner teller's; reports that "came from" a body are its claims."""
import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text
from geo.extract.claims import find_attributions


def _events(text, day=dt.date(2023, 3, 10)):
    return {c["place_name"]: c for c in extract_text(text, day)}


def test_the_previous_evening_is_the_evening_before_the_stated_day():
    spans = find_dates("On 3 March the ministry said that troops had fired the previous evening.", dt.date(2023, 3, 10))
    assert [d.start for d in spans] == [dt.date(2023, 3, 3), dt.date(2023, 3, 2)]


def test_the_previous_evening_dates_the_fire_not_the_statement():
    found = _events("On 3 March the Armenian Defence Ministry said that Azerbaijani troops had shelled Jermuk "
                    "the previous evening.")
    assert found["Jermuk"]["start_date"] == "2023-03-02"


def test_the_previous_day_still_counts_back():
    spans = find_dates("On 3 March the ministry said the road had been shut the previous day.", dt.date(2023, 3, 10))
    assert dt.date(2023, 3, 2) in [d.start for d in spans]


def test_the_day_after_quoting_a_source_is_when_it_spoke():
    found = _events("The paper, quoting Armenia's Defence Ministry on Friday, led with the claim that Azerbaijani "
                    "units had fired at Jermuk and at Armenian positions in the Vayots Dzor province, near the "
                    "resort, on Thursday evening.", dt.date(2023, 3, 13))   # a Monday
    assert found["Jermuk"]["start_date"] == "2023-03-09"


def test_a_span_of_days_is_dated_by_its_first():
    found = _events("The Armenian Defence Ministry said that from the evening of 4 March until the morning of "
                    "5 March, Azerbaijani units shelled Jermuk.")
    assert found["Jermuk"]["start_date"] == "2023-03-04"


def test_a_report_inside_a_report_is_the_inner_tellers():
    assert [a.who for a in find_attributions("The radio said Yerevan reported shelling near Jermuk.")] == ["Yerevan"]
    found = _events("The evening news said Yerevan reported shelling near Jermuk yesterday.")
    assert "news" not in found["Jermuk"]["claimed_by"]
    assert found["Jermuk"]["claimed_by"] == "Armenian government"


def test_reported_by_one_side_and_denied_by_the_other_is_the_first_sides():
    found = find_attributions("The network logged one shelling of Jermuk, reported by Yerevan and denied by Baku.")
    assert [a.who for a in found] == ["Yerevan"]


def test_reports_that_came_from_a_body_are_its_claims():
    found = _events("Two further reports of shelling came from Armenia's Defence Ministry alone and concerned "
                    "Jermuk; nobody else confirmed them.")
    assert found["Jermuk"]["claimed_by"] in ("Armenian MoD", "Armenian Defence Ministry")


def _diary(text, day=dt.date(2022, 6, 15)):
    return {c["place_name"]: c for c in extract_text(text, day)}


def test_one_who_came_over_to_say_it_is_the_claimant():
    found = _diary("Saturday, 7 May\nMy cousin Lusine came round to tell us that a shell had hit a barn in Jermuk.")
    assert "Lusine" in found["Jermuk"]["claimed_by"]


def test_a_time_of_day_opening_the_sentence_is_not_the_speaker():
    found = _diary("Saturday, 7 May\nAt about two my cousin Lusine told us that a shell had hit a barn in Jermuk.")
    assert "Lusine" in found["Jermuk"]["claimed_by"]
    assert "about two" not in found["Jermuk"]["claimed_by"]
    found = _events("Around 14:30 the Armenian Defence Ministry said that Azerbaijani units had shelled Jermuk.")
    assert found["Jermuk"]["claimed_by"] in ("Armenian MoD", "Armenian Defence Ministry")
