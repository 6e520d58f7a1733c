"""An outlet whose bare name reads like a common word ("Report") is that outlet once the article has named it as an
outlet, and a cost put at a sum is its giver's account."""
import datetime

from geo.extract import extract_text
from geo.extract.claims import find_attributions

DAY = datetime.date(2026, 2, 4)


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_cost_put_at_a_sum_is_its_givers_account():
    found = find_attributions("Trend put the cost of rebuilding the old bridge at about 40 million dollars.")
    assert [a.who for a in found] == ["Trend"]


def test_cost_put_at_risk_is_no_account():
    assert find_attributions("The flood put the cost of rebuilding the old bridge at risk.") == []


def test_bare_name_after_agency_named_by_kind():
    text = ("The road near Ijevan was closed, according to the agency Report. The prime minister said the army "
            "would stay. Report said that Gazakh was shelled at night.")
    assert _claims(text)["Gazakh"] == "Report"


def test_same_agency_after_outlet_relaying_the_press():
    text = ("The road near Ijevan will be rebuilt, according to Report, which cited Armenian media. The prime minister "
            "told the builders to hurry. Shells fell on Gazakh at night, the same agency wrote.")
    assert _claims(text)["Gazakh"] == "Report"


def test_bare_name_not_named_as_outlet_stays_the_report():
    # no outlet called Report named before: the word is no outlet's name
    text = "The prime minister said the army would stay. Report said that Gazakh was shelled at night."
    assert _claims(text)["Gazakh"] != "Report"



def test_full_body_name_is_left_to_the_rules_for_bodies():
    from geo.extract.claims import _outlet_named_before
    assert _outlet_named_before("Report", {"<agency>": "Report"})
    assert not _outlet_named_before("Land Transport Agency", {"<agency>": "Land Transport Agency"})
