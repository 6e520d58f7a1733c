"""Fire told by the firers' own targets ("their targets were positions at X", "its target was a post near Y") is fire
at that place; a firm's or a party's targets, or targets of a harvest, are not."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 9, 24)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_their_targets_were_positions_at_a_village():
    assert _layers("The ministry said their targets were Azerbaijani positions at Zod.") == {"Zod": "shelling"}


def test_its_target_was_a_position_near_a_village():
    assert _layers("The army said its target was a position near Zod.") == {"Zod": "shelling"}


def test_a_sales_team_s_targets_are_no_fire():
    assert _layers("Their targets were the markets of Goris, the club said of its sales team.") == {"Goris": "other"}


def test_a_party_s_target_to_win_a_vote_is_no_fire():
    assert _layers("The party said its target was to win the vote in Goris.") == {"Goris": "other"}


def test_targets_for_a_harvest_are_no_fire():
    assert _layers("Their targets for the harvest in Tegh were higher this year.") == {"Tegh": "other"}
