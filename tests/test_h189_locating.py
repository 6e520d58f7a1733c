"""Places a shop's or a club's text names only to locate something: a district across a line from a village named
before it, where fodder or paint comes from, where a club's meeting is held."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 5, 11)


def _places(text):
    return [e["place"] for e in extract_text(text, DAY)]


def test_district_across_a_line_from_a_named_village_is_left_out():
    assert "Tovuz" not in _places("Mortar rounds landed near Qoshqar, across the district line in Tovuz, the "
                                  "ministry said.")


def test_district_across_a_line_with_no_village_before_it_stays():
    assert "Tovuz" in _places("Mortar rounds landed in the fields, across the district line in Tovuz.")


def test_fodder_and_paint_from_a_town_are_left_out():
    assert _places("The lucerne from the Sisian side was cut early this year.") == []
    assert _places("The white paint from the Goris supplier dries too slowly; we will try another.") == []


def test_fodder_from_a_town_under_fire_stays():
    assert "Berd" in _places("The straw from Berd burned when the village was shelled on Monday.")


def test_club_meeting_told_in_the_present_is_a_notice():
    assert _places("The general meeting is on Sunday 3 July at the school in Dilijan; the agenda includes the new "
                   "shed.") == []
    assert _places("The spring meeting is on 6 May in Ijevan, in the room behind the post office.") == []


def test_meeting_told_in_the_past_is_not_a_notice():
    assert "Dilijan" in _places("The general meeting was on Sunday 3 July at the school in Dilijan; the agenda "
                                "included the new shed.")
