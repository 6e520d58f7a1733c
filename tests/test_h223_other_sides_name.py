"""A place's other name told right after it ("the village of X, which Baku calls Y") is that place named again: where
the gazetteer reads Y as a namesake elsewhere, that namesake is no place of the sentence."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2021, 1, 12))


def _places(text, gazetteer):
    return {name for joined, _ in _rows(text, gazetteer) for name in joined.split(";")}


def test_the_other_sides_name_gives_no_second_place(gazetteer):
    places = _places("Gunmen fired on a patrol near the village of Akaku, which Azerbaijan calls Aghdam, on Sunday.",
                     gazetteer)
    assert "Aghdam" not in places
    assert "Hakaku" in places


def test_the_same_place_under_both_names_keeps_its_event(gazetteer):
    assert "Stepanakert" in _places("Rockets hit Stepanakert, which Baku calls Khankendi, overnight.", gazetteer)


def test_a_second_place_named_without_a_gloss_stays(gazetteer):
    places = _places("Gunmen fired on a patrol near Akaku and on the outskirts of Aghdam on Sunday.", gazetteer)
    assert {"Hakaku", "Aghdam"} <= places
