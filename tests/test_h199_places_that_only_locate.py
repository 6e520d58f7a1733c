"""Towns that only locate: a forge or a nursery a shop buys from, the one customer a notice has in mind. Each
still counts when the sentence tells news of the town itself."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 10, 14)


def _places(text, gazetteer):
    return {c["place_name"] for c in extract_text(text, DAY, gazetteer)}


def test_a_forge_or_a_nursery_named_by_its_town_only_locates(gazetteer):
    assert "Sheki" not in _places("The new horseshoes from the forge in Sheki arrived on Tuesday.", gazetteer)
    assert "Gabala" not in _places("Order twenty apple trees from the nursery in Gabala before March.", gazetteer)


def test_a_forge_hit_by_shells_is_kept(gazetteer):
    assert "Tartar" in _places("A shell destroyed the forge in Tartar on Sunday night.", gazetteer)


def test_the_customer_from_a_town_only_locates(gazetteer):
    assert "Gakh" not in _places("Be kind to the client from Gakh who comes on Friday for his bridle.", gazetteer)


def test_the_customer_from_a_shelled_town_keeps_it(gazetteer):
    text = "The customer from Tartar told us that shells had hit his street there on Sunday."
    assert "Tartar" in _places(text, gazetteer)
