"""A distance that locates a village or a site told before it ("it lies ten kilometres from X", "the mill stands
eight kilometres south of the town of Y"): the town only says where the other lies. Fire or people at that distance,
or a village "which lies" near a town that is the sentence's only place in war news, keep the town."""

import pytest

from tests.helpers import place_layers


@pytest.mark.parametrize("text, place", [
    ("The new settlement will have a school, and it lies twelve kilometres from Horadiz.", "Horadiz"),
    ("The old fortress stands six kilometres south of the town of Lachin.", "Lachin"),
    ("Families will move to Dordchinar, which lies 15 km south of Fuzuli.", "Fuzuli"),
    ("The village is located about 3 km from Tartar.", "Tartar"),
])
def test_a_distance_only_locates(gazetteer, text, place):
    assert place not in place_layers(text, gazetteer)


@pytest.mark.parametrize("text, place, layer", [
    # what landed or stopped at a distance from the town: the town's news
    ("Two shells landed ten kilometres from Horadiz.", "Horadiz", "shelling"),
    ("The convoy stopped ten kilometres from Lachin.", "Lachin", "corridors"),
    # an unnamed village by the town, shelled: the town is the only place of the war news
    ("The village, which lies 5 km from Horadiz, was shelled overnight.", "Horadiz", "shelling"),
])
def test_news_at_a_distance_keeps_the_town(gazetteer, text, place, layer):
    assert place_layers(text, gazetteer).get(place) == layer


def test_the_located_village_stays(gazetteer):
    assert "Dordchinar" in place_layers("Families will move to Dordchinar, which lies 15 km south of Fuzuli.",
                                        gazetteer)


def test_the_towns_own_news_after_it_keeps_it(gazetteer):
    # a clause on the town itself after the distance: the town's news
    text = "The farm lay a few kilometres from Horadiz, which came under Azerbaijani control in October."
    assert "Horadiz" in place_layers(text, gazetteer)
