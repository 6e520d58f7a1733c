""""Its correspondent" (or "its reporter") writes for the outlet the same sentence named just before: "Trend had
another account: its correspondent wrote that ..." is Trend's, not whoever spoke in the sentence before, nor a bare
"correspondent"."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2016, 4, 4)


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_its_correspondent_after_a_colon_is_the_outlet_named():
    claims = _claims("Trend had another account: its correspondent wrote that two shells hit Jolfa in the evening.")
    assert claims["Jolfa"] == "Azerbaijani media"


def test_its_reporter_is_not_the_outlet_of_the_sentence_before():
    claims = _claims("Tasnim said a shell fell near Meghri. Trend had another account: its reporter wrote that "
                     "two shells hit Jolfa in the evening.")
    assert claims["Jolfa"] == "Azerbaijani media"


def test_the_agency_after_its_correspondent_is_that_outlet():
    claims = _claims("Trend had another account: its correspondent wrote that two shells hit Jolfa. The agency said "
                     "the fire came from units near Hadrut.")
    assert claims["Hadrut"] == "Azerbaijani media"


def test_a_bare_correspondent_with_no_outlet_named_keeps_no_outlet():
    claims = _claims("A correspondent wrote that two shells hit Jolfa in the evening.")
    assert claims["Jolfa"] != "Azerbaijani media"
