"""A town someone came to and is now staying in with kin or friends, told after the town ("her parents have come to
X and are staying with her"), is a private lodging, no event; fire or refugees told in the sentence keep the town."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2020, 11, 3))


def _places(text, gazetteer):
    return {name for joined, _ in _rows(text, gazetteer) for name in joined.split(";")}


def test_a_stay_told_after_the_town_is_no_event(gazetteer):
    assert "Kapan" not in _places("Her parents have come to Kapan and are staying with her until spring.", gazetteer)
    assert "Sisian" not in _places("Two of the singers, who came to Sisian in March and are staying with friends "
                                   "there, will join the choir.", gazetteer)


def test_fire_or_refugees_told_keep_the_town(gazetteer):
    assert "Goris" in _places("Refugees who came to Goris on Sunday and are staying with relatives fled the shelling.",
                              gazetteer)
    assert "Sisian" in _places("Her mother came to Sisian and was staying with us when shells hit the town.",
                               gazetteer)


def test_a_visit_with_no_stay_told_keeps_the_town(gazetteer):
    assert "Kapan" in _places("The minister came to Kapan and met the families of the wounded soldiers.", gazetteer)
