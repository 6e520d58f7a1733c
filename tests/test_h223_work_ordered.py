"""A piece of work ordered by a customer named by their town ("the chest ordered by the school in X", "the clock that
the family in Y ordered") and a workshop's printer in a town are a small trade's errands, no event; fire told there,
or an order to act given by someone there, keep the town."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2022, 2, 8))


def _places(text, gazetteer):
    return {name for joined, _ in _rows(text, gazetteer) for name in joined.split(";")}


def test_work_ordered_by_a_customer_in_a_town_is_no_event(gazetteer):
    assert "Dilijan" not in _places("This week we carved the lid of the chest ordered by the school in Dilijan.",
                                    gazetteer)
    assert "Ijevan" not in _places("The clock that the couple in Ijevan ordered in January still needs its hands.",
                                   gazetteer)
    assert "Goris" not in _places("The printer in Goris has offered to print the new catalogue by March.", gazetteer)


def test_fire_told_keeps_the_customers_town(gazetteer):
    assert "Ijevan" in _places("The clock that the school in Ijevan ordered was broken when shells hit the school.",
                               gazetteer)


def test_an_order_to_act_is_no_piece_of_work(gazetteer):
    assert "Kapan" in _places("Traders were ordered by the club in Kapan to take down their barricades on the road.",
                              gazetteer)
