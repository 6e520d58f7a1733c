"""Rules read from heldout146 on claimants: "by the army's account" is the army named before, as "according to the
army" is; an outlet that relays a body's account in a relative clause ("the ministry, which APA reported") leaves
the claim to the body."""

import datetime as dt

from geo.extract import extract_text
from geo.extract.claims import find_attributions

DAY = dt.date(2009, 6, 12)


def _claimants(text, place, published=DAY):
    return [e["claimed_by"] for e in extract_text(text + "\n", published) if place in e["place_name"].split(";")]


ARMY_FIRST = "On Wednesday, the Defence Army says, Azerbaijani units attacked its positions near Martuni.\n"


def test_by_the_armys_account_on_a_line_of_its_own_is_the_army_named_before():
    assert _claimants(ARMY_FIRST + "By the army's account the raiders kept a trench near Askeran until dawn.",
                      "Askeran") == ["Nagorno-Karabakh authorities"]


def test_by_the_armys_account_is_read_as_an_owner():
    assert [a.who for a in find_attributions("By the army's account the raiders kept a trench for an hour.")] \
        == ["the army"]


def test_by_the_armys_barracks_names_no_account():
    assert find_attributions("By the army's barracks the raiders kept a trench for an hour.") == []


def test_an_outlet_relaying_the_ministrys_account_in_a_relative_clause_leaves_the_ministry():
    sentence = ("According to the Azerbaijani defence ministry, which APA quoted on Sunday, Armenian units fired "
                "on the village of Qapanli.")
    assert [a.who for a in find_attributions(sentence)] == ["the Azerbaijani defence ministry"]


def test_by_the_account_of_a_ministry_which_an_agency_reported_is_the_ministry():
    text = ("By the account of the Azerbaijani defence ministry, which Trend reported on Sunday, Armenian units "
            "fired from south of the village of Qapanli in the Tartar district on Saturday.")
    assert _claimants(text, "Qapanli") == ["Azerbaijani MoD"]


def test_a_story_an_outlet_reported_keeps_the_outlet():
    # (a story is no speaker: the relative clause is the outlet's own report)
    sentence = "The ministry denied the story, which Trend reported on Monday, that troops fired on the village."
    assert [a.who for a in find_attributions(sentence)] == ["ministry", "Trend"]
