"""People or herds crossing over a named mountain pass: the way named, corridors.

"the villagers drove their cattle over the only pass left open, the Sotk pass", "the goats came over the Sotk pass
with them": the pass is their way out (older sets file travel over a pass as corridors). Fighting over the pass
stays fire."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1993-04-09")


def test_herds_driven_over_the_pass_named_after_is_corridors(gazetteer):
    text = "The villagers drove their cattle over the only pass left open, the Sotk pass, in deep snow."
    assert layers(text, gazetteer).get("Sotk Pass") == "corridors"


def test_goats_came_over_the_pass_is_corridors(gazetteer):
    text = "Their goats came over the Sotk pass with them, and most were sold in the first week."
    assert layers(text, gazetteer).get("Sotk Pass") == "corridors"


def test_fighting_over_the_pass_stays_shelling(gazetteer):
    # negative: fire told at the pass
    text = "Heavy fighting broke out over the Sotk pass on Friday, with artillery firing all night."
    assert layers(text, gazetteer).get("Sotk Pass") == "shelling"
