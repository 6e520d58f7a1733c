"""Layers of fire told with a second target, along a front line between two towns, and of return and rebuilding
told beside a village's past fighting."""

from tests.helpers import place_layers


def test_posts_fired_on_after_villages_are_targets(gazetteer):
    found = place_layers("Armenian units fired on villages and army posts near Tovuz overnight.",
                         gazetteer)
    assert found["Tovuz"] == "shelling", found


def test_posts_set_up_after_a_shelling_stay_checkpoints(gazetteer):
    found = place_layers("Troops shelled the village and then set up police posts around Aghdam.", gazetteer)
    assert found["Aghdam"] == "checkpoints", found
