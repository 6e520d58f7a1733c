"""Wordings read from heldout161 (second round): people gone missing in the fighting, a casualty hit on a named day
from a position near a place, a work that gives an event's date, and an outlet that sent a reporter who saw."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 5, 4)


def _events(text):
    return {e["place"]: e for e in extract_text(text, DAY)}


def test_people_gone_missing_in_the_fighting_are_news_of_the_missing():
    text = "The village head said that several Shusha families had gone missing in the fighting last autumn."
    assert _events(text)["Shusha"]["layer"] == "other"
    assert _events("Two Hadrut shepherds went missing in the heavy fighting of October.")["Hadrut"]["layer"] == "other"


def test_people_killed_in_the_fighting_stay_fire():
    text = "The village head said that several Shusha families had been killed in the fighting last autumn."
    assert _events(text)["Shusha"]["layer"] == "shelling"


def test_wounded_on_a_day_from_a_position_near_a_place_is_fire():
    text = "A border guard was wounded on Monday from an Armenian position near Aghdam, the agency said."
    assert _events(text)["Aghdam"]["layer"] == "shelling"
    text = "A shepherd had been shot and wounded yesterday from an enemy position near Aghdam."
    assert _events(text)["Aghdam"]["layer"] == "shelling"


def test_a_day_after_the_cue_links_no_place_the_cue_does_not_govern():
    text = "A border guard was wounded on Monday, his family said, and was later flown home to Aghdam."
    assert _events(text)["Aghdam"]["layer"] != "shelling"


def test_a_work_giving_the_date_is_the_claimant():
    text = "On 9 May 1992 the Armenian side took Shusha, as The Black Garden, a history of the conflict, gives the date."
    assert "Black Garden" in _events(text)["Shusha"]["claimed_by"]
    text = "Fizuli was retaken on 23 August 1993, as the Karabakh Chronicle gives the day."
    assert "Karabakh Chronicle" in _events(text)["Fizuli"]["claimed_by"]


def test_giving_something_else_names_no_claimant():
    text = "On 9 May 1992 the Armenian side took Shusha, as my grandfather gives the goats their hay."
    assert _events(text)["Shusha"]["claimed_by"] == ""


def test_an_outlet_that_sent_a_reporter_who_saw_is_the_claimant():
    text = "The Daily Telegraph sent a reporter to the hills above the town, and he saw shells falling on Shusha."
    assert "Daily Telegraph" in _events(text)["Shusha"]["claimed_by"]


def test_a_reporter_sent_who_saw_nothing_names_no_claimant():
    text = "The Daily Telegraph sent a reporter to the hills above the town, but soldiers turned him back near Shusha."
    assert _events(text)["Shusha"]["claimed_by"] == ""


def test_a_trade_partners_home_is_no_event():
    assert "Barda" not in _events("The wool is stored, and the buyer from Barda will collect it in August.")
    assert "Ganja" not in _events("A merchant from Ganja has offered a fair price for the dried apricots.")


def test_a_trade_partner_harmed_keeps_the_place():
    text = "The buyer from Barda was wounded when shells hit the market on Tuesday."
    assert _events(text)["Barda"]["layer"] == "shelling"
    text = "She said the bus that used to bring traders from Stepanakert had not come since December."
    assert "Stepanakert" in _events(text)
