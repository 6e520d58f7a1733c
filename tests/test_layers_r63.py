"""Layers of posts on a border: outposts over which a flag is hoisted are border posts, positions near a town handed
over to the other side are posts changing hands, and a post still to be built is a plan; operations that brought the
troops forward are fighting."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2021, 11, 2))


def test_border_outposts_named_by_their_villages_are_posts(gazetteer):
    text = ("The flag was raised over the border outposts of Tegh and Sotk on Monday, and border troops took up "
            "duty there.")
    found = layers(text, gazetteer)
    assert found.get("Tegh") == "checkpoints"
    assert found.get("Sotk") == "checkpoints"


def test_positions_near_a_town_handed_over_are_posts(gazetteer):
    text = "The positions near Berd were handed over on Tuesday, and the soldiers withdrew by the evening."
    assert layers(text, gazetteer).get("Berd") == "checkpoints"


def test_operations_that_brought_the_troops_forward_are_fighting(gazetteer):
    text = "Operations around Berd and to the north brought the troops to the edge of the district."
    assert layers(text, gazetteer).get("Berd") == "shelling"


def test_a_border_post_still_to_be_built_is_no_post_at_work(gazetteer):
    text = ("The Tegh border post will be built next year: the village was held by the army until 2020, officials "
            "said.")
    assert layers(text, gazetteer).get("Tegh") == "other"
