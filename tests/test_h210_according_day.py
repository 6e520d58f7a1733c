"""A source cited by "according to" tells no day of its own telling: the day that opens the sentence stays the
event's when a day counted forward from it follows in a later clause; a verb of saying after an opening day still
makes that day the telling's."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    return {p: e for e in extract_text(text, datetime.date(2023, 6, 9), gazetteer)
            for p in e["place"].split(";")}


def test_the_opening_day_stays_before_according_to(gazetteer):
    text = ("On 3 May 2023, according to the agency, two convoys of lorries drove through Tovuz, and on the "
            "following day there were five more.")
    e = _events(text, gazetteer)["Tovuz"]
    assert e["start_date"] == "2023-05-03", e


def test_a_later_day_of_the_place_is_kept(gazetteer):
    text = "On Wednesday, according to the ministry, troops shelled Tovuz on Tuesday night."
    assert _events(text, gazetteer)["Tovuz"]["start_date"] == "2023-06-06"


def test_a_verb_of_saying_still_makes_the_opening_day_the_tellings(gazetteer):
    text = "On Wednesday, officials said, troops shelled Tovuz on Tuesday."
    assert _events(text, gazetteer)["Tovuz"]["start_date"] == "2023-06-06"
