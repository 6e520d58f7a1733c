"""Claimants of a press digest's items and of a speaker calling a place something, in texts written for this test:
an item's outlet heading claims the item also when a city in brackets and a word of when stand before its colon
("Report.az (Baku), ahead of the talks:"); an outlet the actor table does not know heads an item when its name ends as
an outlet's does ("Silk Way News") or the item calls it by its kind ("TASHKENT MORNING: The paper ..."): the press,
no side named; a section's label ("Roads:") or a place and day ("Kapan, Saturday:") is no outlet. A named speaker who
"called" a place something in remarks claims it, not the outlet of the item."""

import pytest

from tests.helpers import claimant_pairs

DIGEST = "WEEKLY PRESS DIGEST\nTuesday 14 October 2025\n\n"


def _claimants(text, place, gazetteer):
    return [who for name, who in claimant_pairs(DIGEST + text, gazetteer) if place in name.split(";")]


@pytest.mark.parametrize("text, place, expected", [
    ("Report.az (Baku), ahead of the talks: The delegation was expected to reach Fuzuli on Monday.\n", "Fuzuli",
     "Azerbaijani media"),
    ("APA, on the eve of the visit: The convoy reached Tartar.\n", "Tartar", "Azerbaijani media"),
    ("News.am (Yerevan), Tuesday: Flights resumed at the Goris airfield on Monday.\n", "Goris", "Armenian media"),
    ("TASHKENT MORNING: The paper gave a full page to the minister's visit to Lachin.\n", "Lachin", "media"),
    ("Silk Road Courier: The daily devoted its front page to the reopening of the road to Kalbajar.\n", "Kalbajar",
     "media"),
    ("Silk Way News, in a report we had missed: A mine exploded near Aghdam during clearance work.\n", "Aghdam",
     "media"),
    ("WAM (Abu Dhabi): The Emirati agency reported that the talks began in Gabala. In his opening remarks Elchin "
     "Amirbayov, the president's envoy, called Aghdam the Hiroshima of the Caucasus.\n", "Aghdam", "Elchin Amirbayov"),
    ("In her speech Anna Naghdalyan called Lachin a gateway to the region.\n", "Lachin", "Armenian government"),
    ("YEREVAN DAILY NEWS (online): Residents of Sisian complained that the road was shut for an hour.\n", "Sisian",
     "residents"),
])
def test_claimant(gazetteer, text, place, expected):
    found = _claimants(text, place, gazetteer)
    assert found and all(expected in who for who in found), found


@pytest.mark.parametrize("text, place", [
    ("Roads: The road to Kalbajar was repaired over the summer.\n", "Kalbajar"),
    ("Kapan, Saturday: Shells hit Goris overnight.\n", "Goris"),
    ("TASHKENT MORNING: Two new hotels opened in Shusha.\n", "Shusha"),
    # a place's or a guard post's label ending in "Post" is no outlet
    ("Aghavno Post: Gunfire was heard near Lachin overnight.\n", "Lachin"),
    ("Frontier Post: Soldiers fired toward Yeraskh at dawn.\n", "Yeraskh"),
])
def test_no_outlet(gazetteer, text, place):
    assert _claimants(text, place, gazetteer) == [""]


def test_a_call_made_at_a_time_is_no_claim(gazetteer):
    found = [who for name, who in claimant_pairs("Hikmat Mirzayev called Kapan the next morning.", gazetteer)
             if name == "Kapan"]
    assert found == [""] or not found
