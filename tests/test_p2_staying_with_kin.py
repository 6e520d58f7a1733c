"""Where someone is staying with kin or friends for now is a private lodging, no event: "the rest of the band is
staying with relatives in X". Fire told at the place and a flight's shelter in the past stay events."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2024, 3, 12))


def _places(text, gazetteer):
    return {name for joined, _ in _rows(text, gazetteer) for name in joined.split(";")}


def test_a_stay_with_kin_or_friends_is_no_event(gazetteer):
    assert not _rows("Two of our singers are staying with relatives in Goris until the spring term.", gazetteer)
    assert not _rows("His wife will stay with her mother in Sisian while the roof is mended.", gazetteer)
    assert not _rows("For now they are staying with us and with her sister in Kapan.", gazetteer)


def test_fire_at_the_lodging_and_a_flights_shelter_stay_events(gazetteer):
    assert "Goris" in _places("Shells hit the house in Goris where the family was staying with relatives.", gazetteer)
    assert "Goris" in _places("Families who fled the shelling stayed with relatives in Goris until Wednesday.",
                              gazetteer)
    assert "Kapan" in _places("The minister said the refugees, most of whom are staying with relatives in Kapan, "
                              "will get rent money.", gazetteer)
    assert "Sisian" in _places("Volunteers in Sisian are handing out blankets to the families from the border.",
                               gazetteer)
