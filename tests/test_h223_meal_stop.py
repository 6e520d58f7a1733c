"""Where travellers stopped for a meal on the way ("we stopped for lunch in X") is no event; a convoy stopping for
the night, or a stop told with fire or refugees, keeps the town."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2021, 9, 21))


def _places(text, gazetteer):
    return {name for joined, _ in _rows(text, gazetteer) for name in joined.split(";")}


def test_a_meal_stop_on_a_trip_is_no_event(gazetteer):
    assert "Sisian" not in _places("On the drive home the choir stopped for lunch in Sisian.", gazetteer)
    assert "Ijevan" not in _places("We stopped for coffee at Ijevan and were back by nine.", gazetteer)


def test_other_stops_keep_the_town(gazetteer):
    assert "Goris" in _places("The aid convoy stopped for the night in Goris before crossing.", gazetteer)
    assert "Goris" in _places("Families fleeing the shelling stopped for tea in Goris.", gazetteer)
