"""A person wounded or shot at a border post, the fire told in the sentence, is the post's fire (`shelling`), not
the post itself; a post set up after fire elsewhere stays the post."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2023-06-20")


def test_wounded_at_its_checkpoint_by_fire(gazetteer):
    text = ("The border service says a guard of its own was hurt on Tuesday evening at its Lachin checkpoint by "
            "shots from across the river.")
    assert layers(text, gazetteer).get("Hakari Bridge") == "shelling"


def test_wounded_at_the_named_crossing_by_fire(gazetteer):
    text = "A customs officer was injured at the Margara checkpoint on Friday by fire from the far bank."
    assert layers(text, gazetteer).get("Margara crossing") == "shelling"


def test_post_set_up_after_fire_elsewhere_stays(gazetteer):
    text = ("Two soldiers were killed near Tegh on Monday, and four days later border guards set up a checkpoint "
            "at the Hakari bridge.")
    assert layers(text, gazetteer).get("Hakari Bridge") == "checkpoints"
