"""A place heading its paragraph ("X: the village was shelled ...") is the place of the events the clause tells."""

import datetime as dt

import pytest

from geo.extract import extract_text


@pytest.mark.parametrize("text, place", [
    ("Berdavan: the village was shelled on Friday, the mayor said.", "Berdavan"),
    # the event told further on in the paragraph's first sentence
    ("Berdavan: the village was quiet this week, residents said, but the water pipe that was hit by mortar fire in "
     "May is still leaking.", "Berdavan"),
])
def test_a_heading_name_takes_the_layer_of_the_clause_after_it(gazetteer, text, place):
    layers = {c["place_name"]: c["layer"] for c in extract_text(text, dt.date(2021, 6, 5), gazetteer)}
    assert layers.get(place) == "shelling", layers
