"""A plural noun opening a sentence with a modal after it is no village, even one a loose spelling would make.

"Cats must be kept indoors", "Dogs should stay in the cars": a rule for the animals, no town ("Doghs" spelled
loosely). The village's own name before a modal stays ("Doghs must be evacuated")."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1993-04-09")


def test_plural_noun_then_modal_is_no_village(gazetteer):
    text = "Dogs should be kept on a short lead near the sheep pens, and puppies may stay in the van."
    assert layers(text, gazetteer) == {}


def test_village_own_name_then_modal_stays(gazetteer):
    # negative: the village's own spelling
    text = "Doghs must be evacuated before the shelling resumes, the governor said."
    assert "Doghs" in layers(text, gazetteer)
