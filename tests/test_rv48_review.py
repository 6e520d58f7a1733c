"""Other wordings of a speaker going on whose words an outlet carried, of an outlet meeting someone who reached or fled
a place, of the heritage service's long names, and of places in what a work is meant to do."""

import datetime

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = datetime.date(2024, 5, 10)
HERITAGE = "Azerbaijani government (State Service for Cultural Heritage)"


def _events(text, gazetteer):
    return extract_text(text, DAY, gazetteer, source="test")


def _claims(text, gazetteer):
    return {e["place_name"]: e["claimed_by"] for e in _events(text, gazetteer)}


def _layers(text, gazetteer):
    return {e["place_name"]: e["layer"] for e in _events(text, gazetteer)}


# --- "added that ..., according to X": the outlet stays the claimant when the one going on is no one named ---------

def test_a_report_going_on_leaves_the_outlet_that_carried_it(gazetteer):
    claims = _claims("The report added that troops had shelled Sotk, according to Armenpress.", gazetteer)
    assert claims["Sotk"] == "Armenian media"


def test_a_report_of_a_body_going_on_leaves_the_outlet(gazetteer):
    claims = _claims("Shells fell on Jermuk overnight. The statement added that Azerbaijani troops had also shelled "
                     "Sotk, according to Armenpress.", gazetteer)
    assert claims["Sotk"] == "Armenian media"


def test_a_ministry_going_on_keeps_its_word(gazetteer):
    claims = _claims("The Armenian defence ministry issued a statement on Tuesday. It added that Azerbaijani troops had "
                     "shelled Sotk, according to Armenpress.", gazetteer)
    assert claims["Sotk"] == "Armenian MoD"
