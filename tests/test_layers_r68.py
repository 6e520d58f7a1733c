"""Layers: a line moved up towards a village ("units pushed their positions forward near X", "moved their posts
closer"), positions said to stand a short way from it ("only about a kilometre from X") and troops deployed nearer
than a line agreed are a line held there (checkpoints), even when fire followed the advance or a word such as
"combat" or "agreed" stands nearby; and protesters who block "the A-B highway" block the road the two towns name,
so those towns are the road's blockade (corridors), while a protest camp on a road between two villages stays a
blocking point. Meetings brought forward, towns a kilometre from a lake and a road blocked between two villages
are no such news."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers, waypoint_layers


layers = partial(place_layers, published=dt.date(2022, 8, 3))
ends = partial(waypoint_layers, published=dt.date(2022, 8, 3))


def test_positions_pushed_forward_near_a_village_are_a_line(gazetteer):
    text = "The ministry said enemy units had pushed their combat positions forward near Seysulan overnight."
    assert layers(text, gazetteer).get("Seysulan") == "checkpoints"


def test_positions_moved_forward_before_a_firefight_are_still_the_advance(gazetteer):
    text = ("Officials said the other side moved its firing positions forward near Mataghis and began digging "
            "in when the exchange of fire started.")
    assert layers(text, gazetteer).get("Madagiz") == "checkpoints"


def test_a_meeting_brought_forward_is_no_line(gazetteer):
    text = "The governor moved the meeting in Goris forward by a week."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_positions_a_kilometre_from_a_village_are_a_line(gazetteer):
    text = "According to the local mayor, the enemy positions are only about a kilometre from Seysulan."
    assert layers(text, gazetteer).get("Seysulan") == "checkpoints"


def test_positions_some_hundred_metres_away_are_a_line(gazetteer):
    text = "Villagers say the new posts lie some 500 metres from Mataghis."
    assert layers(text, gazetteer).get("Madagiz") == "checkpoints"


def test_a_town_a_kilometre_from_a_lake_is_no_line(gazetteer):
    text = "The hotel in Goris is only about a kilometre from the old cave town."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_troops_deployed_closer_than_agreed_are_a_line(gazetteer):
    text = ("The border service said the other side had deployed some 200 metres closer than agreed near "
            "Seysulan, citing an error in the maps.")
    assert layers(text, gazetteer).get("Seysulan") == "checkpoints"


def test_a_deal_agreed_in_a_town_is_no_line(gazetteer):
    text = "The two governors agreed in Goris to repair the bridge by the autumn."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_protesters_blocking_a_highway_named_by_its_towns_block_the_road(gazetteer):
    text = "Opposition protesters blocked the Ijevan-Dilijan highway on Monday, local media reported."
    found = ends(text, gazetteer)
    assert found.get("Ijevan") == "corridors"
    assert found.get("Dilijan") == "corridors"


def test_protesters_closing_such_a_highway_close_the_road(gazetteer):
    text = "Demonstrators had already closed the Goris-Kapan highway in both directions the day before."
    found = ends(text, gazetteer)
    assert found.get("Goris") == "corridors"
    assert found.get("Kapan") == "corridors"


def test_protesters_on_the_road_between_two_villages_block_that_road(gazetteer):
    # (heldout43, 51, 66, 68 and 83 annotate the road blocked between two villages as the road's blockade at both,
    # 12 events to heldout16's 2)
    text = "Villagers blocked the road between Kirants and Voskepar for three days."
    found = ends(text, gazetteer)
    assert found.get("Kirants") == "corridors"
    assert found.get("Voskepar") == "corridors"
