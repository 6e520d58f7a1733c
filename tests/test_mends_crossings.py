"""A bridge between two towns of one country is no border bridge."""

from tests.helpers import rows


def _places(text, gazetteer):
    return {c["place_name"] for c in rows(text, gazetteer)}


def test_a_bridge_between_two_towns_of_one_country_far_from_the_border(gazetteer):
    assert not ({"Tabriz", "Marand"} & _places("A bridge between Tabriz and Marand was repaired.", gazetteer))
    assert not ({"Tabriz", "Marand"} & _places("The bridge from Tabriz to Marand was repaired.", gazetteer))


def test_a_bridge_across_the_border_keeps_its_bank_abroad(gazetteer):
    # (near: the border bridge the rule was made for)
    found = {n for p in _places("Engineers from both sides surveyed the site of a new bridge between Ordubad and "
                                "Siyahrud.", gazetteer) for n in p.split(";")}
    assert {"Ordubad", "Siyahrud"} <= found, found
