"""A road a place lies beside, closing the sentence, only says where it lies: "cleared mines around X, beside the
A-B road." is no news of the road."""

import datetime as dt

from tests.helpers import place_layers

PUBLISHED = dt.date(2024, 4, 28)


def test_road_beside_at_the_sentence_end_only_locates(gazetteer):
    text = "On Monday engineers began clearing mines around Aygepar, beside the Aygepar-Movses road."
    assert place_layers(text, gazetteer, PUBLISHED).get("Aygepar") != "corridors"


def test_road_closed_beside_a_village_is_still_the_road_s(gazetteer):
    # negative: the road's own news, not an apposition
    text = "On Monday police closed the road beside Aygepar to all traffic."
    assert place_layers(text, gazetteer, PUBLISHED).get("Aygepar") == "corridors"
