"""A weekday followed by "so" and a calendar day that falls on another weekday is not restated: the calendar day
tells what followed, and the weekday keeps its own reading."""

from tests.helpers import rows

def test_so_on_another_day_is_not_a_restatement(gazetteer):
    text = "Armenian guns shelled Fizuli on Thursday, so on 1 November the families left the town."
    found = [c["start_date"] for c in rows(text, gazetteer, "2021-11-05") if "Fuzuli" in c["place_name"]]
    assert found and found[0] == "2021-11-04"

def test_restatement_on_the_same_weekday_still_holds(gazetteer):
    text = "Armenian guns shelled Fizuli on Friday, that is 29 October."
    found = [c["start_date"] for c in rows(text, gazetteer, "2021-11-05") if "Fuzuli" in c["place_name"]]
    assert found and found[0] == "2021-10-29"
