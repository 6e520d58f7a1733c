"""The police, rescuers or prosecutors named without their side speak of a place in Armenia as Armenia's
bodies, even where the article names the other side more."""

import pytest

from tests.helpers import claimant_pairs


@pytest.mark.parametrize("text, place, expected", [
    ("Two houses were damaged on Sunday when Azerbaijani mortar rounds hit the village of Tegh in Armenia's "
     "Syunik province, the police said.\n\n"
     "The village faces Azerbaijani positions across the valley, and Azerbaijani troops have dug in on the ridge "
     "since the Azerbaijani offensive of 2021.",
     "Tegh", "Armenian government (Interior Ministry)"),
])
def test_the_police_are_the_police_of_the_place_s_country(gazetteer, text, place, expected):
    assert (place, expected) in claimant_pairs(text, gazetteer)


@pytest.mark.parametrize("dateline, place, expected", [
    ("Baku, 3 May (agency copy)", "Tartar", "Azerbaijani government (Prosecutor General's Office)"),
    ("Yerevan, 3 May (agency copy)", "Tartar", "Armenian government (Investigative Committee)"),
])
def test_the_investigation_is_the_reporting_side_s_investigators(gazetteer, dateline, place, expected):
    """An investigation named without its side is the dateline country's: its investigative committee, else
    its prosecutors."""
    text = f"{dateline}\n\nAccording to the investigation, the bus was hit by a rocket two kilometres east of Tartar."
    assert (place, expected) in claimant_pairs(text, gazetteer)


def test_the_local_authorities_of_a_side_s_region_are_that_side_s(gazetteer):
    text = "A shepherd from Kapan was held overnight in Azerbaijan's Nakhchivan exclave, the local authorities said."
    found = dict(claimant_pairs(text, gazetteer))
    assert found.get("Nakhchivan", "").startswith("Azerbaijani government"), found


def test_the_local_authorities_of_a_place_named_alone_stay_local(gazetteer):
    found = dict(claimant_pairs("Shells fell on Talish before dawn, the local authorities said.", gazetteer))
    assert not found.get("Talish", "").endswith("government"), found
