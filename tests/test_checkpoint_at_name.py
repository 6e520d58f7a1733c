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
