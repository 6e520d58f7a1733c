"""Claimants after an opening date and named by a body's short name: the speaker is the body, not the words
of the date before it."""

import pytest

from tests.helpers import claimants


# -- a day of the month in words opening the clause is no part of the speaker ------------------------------

@pytest.mark.parametrize("text, place, expected", [
    ("The Russian Defence Ministry said on Monday that its peacekeepers had removed a post near Martuni. "
     "On Friday the sixth of October the ministry said its troops had left the posts near Hadrut.",
     "Hadrut", "Russian MoD"),
    ("Armenia's Defence Ministry reported fire near Sotk in the morning. "
     "On the twenty-first of May the ministry said Azerbaijani units had fired at Jermuk.", "Jermuk", "Armenian MoD"),
    ("The Azerbaijani Defence Ministry said shells had landed near Tovuz. "
     "On Sunday the twelfth the ministry said Armenian units had fired on Aghdam.", "Aghdam", "Azerbaijani MoD"),
])
def test_an_opening_day_of_the_month_is_not_the_speaker(gazetteer, text, place, expected):
    assert claimants(text, gazetteer)[place] == expected


# -- a ministry named by its first field is the ministry of its full name --------------------------------------

BODY = "Azerbaijani government (Ministry of Ecology and Natural Resources)"


@pytest.mark.parametrize("text, place", [
    ("The Azerbaijani Ministry of Ecology said waste from mines near Kajaran was reaching the river.", "Kajaran"),
    ("Azerbaijan's Ecology Ministry said a new quarry near Goris would pollute the streams.", "Goris"),
])
def test_a_ministry_by_its_short_name_is_one_claimant(gazetteer, text, place):
    assert claimants(text, gazetteer)[place] == BODY


# -- "committee staff said": the staff of the body the article named before speak for it ----------------------

@pytest.mark.parametrize("text, place, expected", [
    ("The State Committee for Refugees and IDPs said the first families had reached Lachin. "
     "The next convoy to Kalbajar is expected in May, committee staff said.", "Kalbajar",
     "Azerbaijani government (State Committee for Refugees and IDPs)"),
    ("Azerbaijan's State Agency of Automobile Roads said it had repaired the bridge at Lachin. "
     "Agency staff said the road to Kalbajar would open in spring.", "Kalbajar",
     "Azerbaijani government (State Agency of Azerbaijan Automobile Roads)"),
])
def test_a_bodys_staff_speak_for_the_body_named_before(gazetteer, text, place, expected):
    assert claimants(text, gazetteer)[place] == expected
