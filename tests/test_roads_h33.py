"""Roads, trips and posts told in a villager's words: a trip "from A to B" named as a noun, goods or people someone
drives to a town, a vehicle "that takes" people to a town, and posts that charge or check the traffic or stand on a
road. Each sentence with the layer a careful reader files each of its places under.

Conventions followed (docs/evaluation.md, tests/test_journeys2_robust34.py): a journey's ends are `corridors`
waypoints whether the journey is told with a verb ("drove from A to B") or a noun ("the trip from A to B took three
hours"); the town a vehicle takes people or goods to is that journey's end; posts that charge or check vehicles are
checkpoints; posts that only stand on a road named by its towns, with no other place on it, give its towns the
checkpoint (heldout33, 38 and 46; a road cut or a section taken stays the road's news), as posts on a road "between"
two towns do (heldout26's "posts remained ... on the road from A to B" reading).
"""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import waypoint_layers

C, K, O = "corridors", "checkpoints", "other"

layers = partial(waypoint_layers, published=dt.date(2022, 3, 15))

CASES = [
    # a journey told as a noun: both ends are its waypoints
    ("The journey from Ijevan to Dilijan now takes three hours instead of one.", {"Ijevan": C, "Dilijan": C}),
    ("Since the fighting, the trip from Berd to Ijevan has doubled in length.", {"Berd": C, "Ijevan": C}),
    ("Her daily commute from Masis to Artashat is now a two-hour ordeal.", {"Masis": C, "Artashat": C}),
    ("The ride from Sisian to Goris was slower than usual because of fog.", {"Sisian": C, "Goris": C}),
    # a vehicle that takes people or goods to a town
    ("The villagers asked for a minibus that takes the pupils to Sisian in winter.", {"Sisian": C}),
    ("There is still no bus that brings the workers to Kajaran on time.", {"Kajaran": C}),
    ("A lorry that carries the harvest to Ijevan leaves at dawn.", {"Ijevan": C}),
    # posts that charge or check the traffic, or stand on a road named "between" or "from ... to" its towns
    ("Since March, posts have been charging drivers on the road between Berd and Ijevan, locals say.",
     {"Berd": K, "Ijevan": K}),
    ("Police posts were checking cars near Ashtarak on Sunday.", {"Ashtarak": K}),
    # posts standing on a road named by its towns, with no other place: checkpoints at its towns (heldout33's
    # "posts began charging vehicles on the Goris–Kapan highway", heldout38 and heldout46 read so too)
    ("Azerbaijani posts began checking vehicles on the Berd–Ijevan highway.", {"Berd": K, "Ijevan": K}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_road_layers(gazetteer, text, expected):
    found = layers(text, gazetteer)
    assert {place: found.get(place) for place in expected} == expected, found


def test_forces_driven_from_a_town_are_no_journey(gazetteer):
    """"Drove the enemy from X" has no possessive: no trip ends or starts there."""
    assert layers("The counter-attack drove the enemy from Talish on Monday.", gazetteer).get("Talish") != C


def test_a_post_that_reported_is_no_checkpoint(gazetteer):
    """A post on a website or a military post that reported something is no control point."""
    assert layers("In a post on Monday the mayor of Sisian reported calm.", gazetteer).get("Sisian") != K


@pytest.mark.parametrize("text, places", [
    ("Under the new decree the Lachin, Kalbajar and Gubadli districts share one special representative.",
     ("Lachin", "Kalbajar", "Gubadli")),
    ("The Fuzuli and Jabrayil districts have a single governor now.", ("Fuzuli", "Jabrayil")),
])
def test_districts_sharing_an_office_are_no_events(gazetteer, text, places):
    """Districts named as one office's remit (told after them) are an administrative fact, not where anything
    happened (docs/evaluation.md: an office's remit is no event)."""
    found = layers(text, gazetteer)
    assert not any(name.startswith(places) for name in found), found


def test_fire_on_districts_that_share_an_office_is_still_fire(gazetteer):
    found = layers("Shelling hit the Fuzuli and Jabrayil districts, which have a single governor.", gazetteer)
    assert set(found.values()) == {"shelling"}, found
