"""A shop's or a market's town and a customer's town name no event when only trade is told: "the fish comes from the
market in X", "a customer from Y rang". Shops that ration food, a market hit by fire and shops closed by shelling
stay events."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2024, 3, 12))


def _places(text, gazetteer):
    return {name for joined, _ in _rows(text, gazetteer) for name in joined.split(";")}


def test_a_shops_or_a_markets_town_is_no_event(gazetteer):
    assert not _rows("The dried apricots go to the market in Ganja on Fridays.", gazetteer)
    assert not _rows("Crates for the shops in Shamkir and Gazakh leave on Thursdays.", gazetteer)
    assert not _rows("The clock is still at the repair shop in Ijevan, waiting for a spring.", gazetteer)


def test_a_customers_town_is_no_event(gazetteer):
    assert not _rows("A customer from Barda rang to ask about the blue paint.", gazetteer)
    assert not _rows("Our customers in Gyumri get the new catalogue by March.", gazetteer)


def test_shortages_fire_and_closures_stay_events(gazetteer):
    assert "Stepanakert" in _places("Shops in Stepanakert ration sugar and flour.", gazetteer)
    assert "Tartar" in _places("A shell struck the market in Tartar on Monday morning, killing two traders.", gazetteer)
    assert "Goris" in _places("The shops in Goris were closed after the shelling.", gazetteer)
    assert "Tartar" in _places("Shelling hit the street where my customers in Tartar live.", gazetteer)


def test_someone_at_the_market_and_customers_on_a_journey_stay(gazetteer):
    # where a speaker was met, and a journey customers made, are left to the other rules
    assert "Goris" in _places('"Nobody sleeps now," said Anush Petrosyan, a teacher from Kapan, at the market in Goris.',
                              gazetteer)
    assert {"Ijevan", "Dilijan"} <= _places("Buyers from Ijevan drove to Dilijan once the road was reopened.",
                                            gazetteer)
