"""Claimants of unnamed townspeople by trade, a district's own site, outlets named only by nation and kind, and
outlets named by what they do, in sentences written for this test: shopkeepers and stallholders are the town's
residents, as traders are; "the district's website" and "the district administration" are local officials; "the
Emirati agency", "the Georgian paper" are that nation's media (and so is a later "the agency" or "the paper"); "a site
that covers the region wrote" is the site, not the clause about it.

Each claimant must be found for its place, matched loosely as the scorer does (one name within the other)."""

import pytest

from tests.helpers import claimant_pairs


def _same(expected, who):
    """One claimant read as the expected one: one name within the other."""
    return bool(who) and (expected in who or who in expected)


@pytest.mark.parametrize("text, place, expected", [
    ("Shopkeepers on the main square said the road to Dilijan had been closed for two days.", "Dilijan", "residents"),
    ("Stallholders in the old bazaar said fewer lorries had come through Ijevan since the spring.", "Ijevan",
     "residents"),
    ("A shopkeeper near the bus station said the pass above Sisian had been closed since Tuesday.", "Sisian",
     "residents"),
    ("Our guide told us the church was first built in the tenth century and that it was damaged when Jermuk was "
     "shelled in 1992.", "Jermuk", "residents"),
    ("Our guide said the monastery at Tatev had been closed since the spring.", "Tatev", "residents"),
    ("According to the district's website, 40 families have now been housed in Aghdam.", "Aghdam", "local officials"),
    ("The district administration said on its website that the road to Lachin would reopen on Friday.", "Lachin",
     "local officials"),
    ("The Emirati agency reported that the delegation had toured Fuzuli on Monday.", "Fuzuli", "media"),
    ("The Georgian paper wrote that the crossing at Sadakhlo had been closed for repairs.", "Sadakhlo",
     "Georgian media"),
    ("The Emirati agency reported on Sunday that the talks had begun in Gabala. The agency wrote that the programme "
     "included visits to Fuzuli and to Aghdam.", "Fuzuli", "media"),
    ("The Georgian paper wrote that the crossing at Sadakhlo had been closed. The paper added that lorries were "
     "queuing at Red Bridge.", "Red Bridge", "Georgian media"),
    ("A regional news site that follows the South Caucasus reported that shelling hit Tovuz.", "Tovuz", "media"),
    ("Even a regional site that covers the region wrote that some visitors complained of waits in the old quarter "
     "of Goris, which is still being rebuilt.", "Goris", "media"),
    ("Even a Russian-language site that covers the Caucasus wrote that some lorries waited for days at Upper Lars.",
     "Upper Lars", "media"),
])
def test_claimant(gazetteer, text, place, expected):
    found = [who for name, who in claimant_pairs(text, gazetteer) if place in name.split(";")]
    assert found and all(_same(expected, who) for who in found), found
