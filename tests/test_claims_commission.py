"""A commission named earlier and then speaking as "the commission": a side's commission speaks for its
government, one named by what it is on or for keeps that name, and one two states share is neither side's."""

import datetime

from geo.extract import extract_text
from geo.extract.actors import canonical_actor
from geo.extract.claims import bodies_named

DAY = datetime.date(2024, 6, 3)


def _claimants(text, gazetteer):
    return {c["place_name"]: c["claimed_by"] for c in extract_text(text, DAY, gazetteer)}


def test_a_side_s_commission_in_lower_case_speaks_for_its_government():
    assert canonical_actor("Azerbaijan's commission") == "Azerbaijani government"
    assert canonical_actor("the Armenian commission on the census") == "Armenian government"


def test_a_commission_two_states_share_is_no_side_s():
    assert canonical_actor("the joint Armenian-Azerbaijani commission") is None
    assert canonical_actor("the bilateral Armenian commission") is None


def test_a_commission_named_by_what_it_is_on_keeps_its_whole_name():
    assert bodies_named("The Commission on Demarcation of the State Border met in Tbilisi.") == \
        {"commission": "Commission on Demarcation of the State Border"}


def test_the_commission_names_the_side_s_commission_again(gazetteer):
    text = ("Azerbaijan's commission on border demarcation, chaired by a deputy prime minister, met on Friday.\n"
            "Border markers will go up near Gazakh this summer, the commission said.")
    assert _claimants(text, gazetteer)["Gazakh"] == "Azerbaijani government"


def test_the_commission_names_the_titled_commission_again(gazetteer):
    text = ("The Commission on Demarcation of the State Border held its tenth meeting on Friday.\n"
            "Surveyors will start work near Tovuz next month, the commission said.")
    assert _claimants(text, gazetteer)["Tovuz"] == "Commission on Demarcation of the State Border"
