"""Claimants over sentences written for this test: records named only by their kind ("the figures released this
morning") name no speaker; "the same reports/sources said" stands for
the source cited before; repeating a charge or claim is claiming it."""

import pytest

from tests.helpers import claimant_of

_OPENING = "The Russian Defence Ministry said on Monday that its peacekeepers had removed a post near Taghavard.\n\n"


@pytest.mark.parametrize("text", [
    "According to the figures released on Monday, forty families are moving to Sus this week.",
    "According to the data published this morning, forty families are moving to Sus this week.",
])
def test_bare_records_name_no_claimant(gazetteer, text):
    assert claimant_of("Sus", text, gazetteer) == ""


@pytest.mark.parametrize("text", [
    _OPENING + "The same reports said that the peacekeepers also helped repair a water pipe in Sarushen.",
    _OPENING + "The same sources said the peacekeepers also helped repair a water pipe in Sarushen.",
    _OPENING + "The same sources also said the peacekeepers helped repair a water pipe in Sarushen.",
])
def test_the_same_reports_carry_the_claimant_before(gazetteer, text):
    assert claimant_of("Sarushen", text, gazetteer) == "Russian MoD"


@pytest.mark.parametrize("place, text, who", [
    ("Sotk", "Armenian NGOs repeated the claim that Azerbaijani troops had shelled Sotk.", "Armenian NGOs"),
    ("Kalbajar", "Azerbaijani diaspora organisations repeated the charge on Monday in a letter, calling the dam near "
     "Kalbajar a threat to the river.", "Azerbaijani diaspora organisations"),
    ("Sotk", "Armenian NGOs reiterated the allegation that Azerbaijani troops had shelled Sotk.", "Armenian NGOs"),
])
def test_repeating_a_charge_is_claiming_it(gazetteer, place, text, who):
    assert claimant_of(place, text, gazetteer) == who
