"""A crossing point written before the name it is known by ("the checkpoint at Hakari") is that site, when the
gazetteer knows the name only with that word (Hakari is a river; its checkpoint is the Hakari bridge)."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

DAY = datetime.date(2023, 6, 1)


_rows = partial(place_layer_pairs, published=DAY)


def test_the_checkpoint_at_a_river_name_is_the_bridge_checkpoint(gazetteer):
    assert _rows("Border guards at the checkpoint at Hakari turned back two trucks on Thursday.", gazetteer) \
        == {("Hakari Bridge", "checkpoints")}


def test_a_checkpoint_at_a_town_is_still_the_town(gazetteer):
    assert _rows("Police set up a checkpoint at Goris on Thursday.", gazetteer) == {("Goris", "checkpoints")}


def test_a_post_or_a_crossing_at_a_river_name_is_the_bridge_checkpoint(gazetteer):
    # a post, a crossing or the act of crossing at a name the gazetteer knows only with a crossing word: its checkpoint
    assert {place for place, _ in _rows("Moscow calls the post at Hakari a breach of the 2020 statement.",
                                        gazetteer)} == {"Hakari Bridge"}
    assert ("Hakari Bridge", "checkpoints") in _rows(
        "Three families who attempted the crossing at Hakari last night were sent back by the guards.", gazetteer)
    assert "Hakari Bridge" in {place for place, _ in _rows(
        "The ambulance could not cross at Hakari until the Red Cross had called ahead.", gazetteer)}


def test_a_post_or_a_crossing_at_a_town_is_still_the_town(gazetteer):
    assert {place for place, _ in _rows("Soldiers manned the post at Goris all night.", gazetteer)} == {"Goris"}
    assert {place for place, _ in _rows("Lorries from Iran cross at Agarak every morning.", gazetteer)} == {"Agarak"}


def test_a_post_standing_on_a_bridge_is_a_checkpoint(gazetteer):
    assert _rows("The Georgian post on the Red Bridge has been reinforced since Friday.", gazetteer) \
        == {("Red Bridge", "checkpoints")}


def test_waiting_somewhere_first_for_permission_to_cross_is_the_crossing_checkpoint(gazetteer):
    # where and since when the wait is told may stand between the wait and the permission
    rows = _rows("A column of aid trucks from Sisian has waited in Kornidzor since Monday for permission to cross at "
                 "the Hakari bridge.", gazetteer)
    assert ("Hakari Bridge", "checkpoints") in rows
