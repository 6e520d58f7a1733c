"""A weekday the writer restates at once as a calendar day ("on the Friday, so 29 October") is dated by the calendar
day, in the year the story looks back to when that day falls on the same weekday; a weekday with no restatement
keeps its own reading."""

from tests.helpers import rows



def test_weekday_restated_as_calendar_day_in_a_look_back(gazetteer):
    text = ("Our guest has been reading the coverage of the autumn of 1993. "
            "GUEST: The Washington Post, a few days later, said Armenian troops had shelled Horadiz on the "
            "Tuesday, so 26 October.")
    found = [c["start_date"] for c in rows(text, gazetteer, "2021-11-05") if "Horadiz" in c["place_name"]]
    assert found and found[0] == "1993-10-26"


def test_weekday_restated_with_that_is(gazetteer):
    text = "The army said Horadiz was shelled on Tuesday, that is, 2 November."
    found = [c["start_date"] for c in rows(text, gazetteer, "2021-11-05") if "Horadiz" in c["place_name"]]
    assert found and found[0] == "2021-11-02"


def test_weekday_without_restatement_is_unchanged(gazetteer):
    text = "The army said Horadiz was shelled on Tuesday, and 26 families left the next day."
    found = [c["start_date"] for c in rows(text, gazetteer, "2021-11-05") if "Horadiz" in c["place_name"]]
    assert found and found[0] == "2021-11-02"
