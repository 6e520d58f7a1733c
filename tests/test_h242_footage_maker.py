"""Pictures named with who filmed them ("footage shot by soldiers confirmed ...", "a video filmed by soldiers
showed ...") claim nothing for their makers when someone else in the sentence tells of them: the outlet that reports
the pictures is the claimant. Pictures with no other teller, soldiers who confirm in their own words, and footage
released by a body keep the claimant they had."""

import datetime

from geo.extract import extract_text


def _claims(text, gazetteer, published="2023-09-25"):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)}


def test_agency_reporting_footage_shot_by_soldiers(gazetteer):
    got = _claims("The news agency Turan reported on Friday that footage shot by the soldiers confirmed that the "
                  "army was in Agdere.", gazetteer)
    assert got["Agdere"] == "Azerbaijani media"


def test_video_filmed_by_soldiers_then_the_outlet(gazetteer):
    got = _claims("A video filmed by Azerbaijani troops showed the army in Agdere, Turan reported.", gazetteer)
    assert got["Agdere"] == "Azerbaijani media"


# --- near sentences where the rule must not fire ---

def test_footage_with_no_other_teller_keeps_its_makers(gazetteer):
    got = _claims("Footage shot by Azerbaijani soldiers showed the army in Agdere.", gazetteer)
    assert got["Agdere"] == "Azerbaijani soldiers"


def test_soldiers_confirming_in_their_own_words(gazetteer):
    got = _claims("Turan reported that Azerbaijani soldiers confirmed that the army held Agdere.", gazetteer)
    assert got["Agdere"] == "Azerbaijani soldiers"


def test_footage_released_by_a_ministry_is_the_ministry_s(gazetteer):
    got = _claims("Footage released by the defence ministry showed the army in Agdere, Turan reported.", gazetteer)
    assert got["Agdere"] != "Azerbaijani media"
