"""Azerbaijan's State Committee for Refugees and IDPs named short ("the State Committee for Refugees", as President
Aliyev called it to Trend on 5 October 2021) and by its spokesman Elchin Gadimov (AzVision, 18 July 2017) is that
committee, not a body of the other side."""

from geo.extract.actors import canonical_actor
from tests.helpers import claimant_of

COMMITTEE = "Azerbaijani government (State Committee for Refugees and IDPs)"


def test_short_name_of_the_refugees_committee():
    assert canonical_actor("State Committee for Refugees") == COMMITTEE


def test_committee_spokesman_by_name():
    assert canonical_actor("Elchin Gadimov") == COMMITTEE


def test_committee_named_short_after_armenian_forces_is_still_azerbaijans(gazetteer):
    text = ("The village was held by Armenian forces for years. On Monday an official of the State Committee for "
            "Refugees said that ten more families had moved to Jojug Marjanli.")
    assert claimant_of("Jojug Marjanli", text, gazetteer, "2017-07-20").startswith("Azerbaijani government")
