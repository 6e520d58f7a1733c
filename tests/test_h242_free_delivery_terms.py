"""A price card's terms told with "free" or "no charge" before the service ("No charge for delivery within X and Y",
"Free delivery to Z on orders over ...") only say where a trader delivers: no event at the towns, as "delivery in X
is free" has none. Deliveries told as news (stopped, resumed with the road), or fire in the sentence, stay."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2020-10-03"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_no_charge_for_delivery_within_two_towns(gazetteer):
    got = _places("No charge for delivery within Sisian and Goris of Syunik.", gazetteer)
    assert "Sisian" not in got and "Goris" not in got


def test_free_delivery_to_a_town_on_orders(gazetteer):
    assert "Kapan" not in _places("Free delivery to Kapan on orders of more than six jars.", gazetteer)


def test_free_fitting_in_a_town(gazetteer):
    assert "Ijevan" not in _places("Free fitting in Ijevan for the spring orders.", gazetteer)


# --- near sentences where the rule must not fire ---

def test_deliveries_resumed_with_the_corridor_stay(gazetteer):
    got = _places("Free deliveries of flour to Stepanakert resumed after the corridor reopened.", gazetteer)
    assert "Stepanakert" in got


def test_aid_deliveries_stopped_at_a_checkpoint_stay(gazetteer):
    assert "Stepanakert" in _places("Aid deliveries to Stepanakert were stopped at the checkpoint.", gazetteer)


def test_terms_then_shelling_of_the_town_stays(gazetteer):
    got = _places("No charge for delivery within Goris, the shop said, after shells hit Goris overnight.", gazetteer)
    assert got.get("Goris") == "shelling"
