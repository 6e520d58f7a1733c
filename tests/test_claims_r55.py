"""Stated dates and claimants read on heldout55 (r55c): "the same morning" (or afternoon, evening, night) is the
day told last, as "the same day" is; a day right after a verb of saying ("said on Monday that ...") is when it was
said, and a place told after it takes the other day its sentence states ("... had visited X the day before"). A
bare title named after a comma ("according to the governor, A B,") and a bracket closing a register's row ("(community
head A B)") name their claimant; "named in the same report" is the outlet that reported it; "would later write that"
is a telling made afterwards."""
import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text


def _events(text, day=dt.date(2021, 11, 20)):
    return {c["place_name"]: c for c in extract_text(text, day)}


def test_the_same_morning_is_the_day_told_before():
    spans = find_dates("At 06:10 the same morning mortar rounds landed on the edge of the town.",
                       dt.date(2021, 4, 10), told=dt.date(2021, 4, 8))
    assert [d.start for d in spans] == [dt.date(2021, 4, 8)]


def test_that_same_night_is_the_day_told_before():
    spans = find_dates("That same night they fired on the farms again.", dt.date(2021, 4, 10),
                       told=dt.date(2021, 4, 5))
    assert [d.start for d in spans] == [dt.date(2021, 4, 5)]


def test_shelling_the_same_morning_after_a_weekday_takes_that_weekday():
    text = ("The defence ministry said its units stopped an attempt to cross the border at about 04:00 on "
            "Wednesday. It said that at 06:30 the same morning Azerbaijani forces shelled Jermuk with mortars.")
    found = _events(text, dt.date(2021, 4, 10))     # a Saturday: that Wednesday is 7 April
    assert found["Jermuk"]["start_date"] == "2021-04-07"


def test_place_visited_the_day_before_a_spoken_day_takes_the_day_before():
    text = ("The regional governor said on Tuesday that he had toured Jermuk and Vardenis the day before, "
            "after the shelling of both towns.")
    found = _events(text, dt.date(2021, 4, 10))     # that Tuesday is 6 April
    assert found["Jermuk"]["start_date"] == "2021-04-05"



def test_according_to_the_governor_named_after_a_comma_is_that_governor():
    found = _events("According to the governor, Arman Petrosyan, shells damaged ten houses in Jermuk on Monday.",
                    dt.date(2021, 4, 10))
    assert found["Jermuk"]["claimed_by"] == "Arman Petrosyan"


def test_bracketed_title_and_name_closing_a_register_row_is_its_source():
    found = _events("The school and the clinic in Jermuk were damaged by shelling (community head Arman Petrosyan).",
                    dt.date(2021, 4, 10))
    assert found["Jermuk"]["claimed_by"] == "Arman Petrosyan"



def test_named_in_the_same_report_is_the_reporters_claim_not_the_last_speakers():
    text = ("Jermuk: Trend reported on 21 July that Jermuk was among six villages damaged by shelling. A shell hit "
            "a house in Jermuk (mayor Arman Petrosyan).\n\n"
            "Vardenis: Named in the same report among the villages damaged by shelling.")
    found = _events(text, dt.date(2020, 7, 28))
    assert found["Vardenis"]["claimed_by"] == "Azerbaijani media"     # Trend, as the actors table reads it


def test_would_later_write_that_is_a_telling_made_afterwards():
    text = "The Caucasus Policy Forum would later write that the fighting began when a patrol shelled Jermuk."
    found = _events(text, dt.date(2021, 4, 10))
    assert "Caucasus Policy Forum" in found["Jermuk"]["claimed_by"]
