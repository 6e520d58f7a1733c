"""Visitors shown the damage, or named as visitors looking at it, are on a visit (other): what they saw is no attack
told. Residents who looked at the damage, or things shown on television, are not."""

from tests.helpers import place_layers


def test_visitors_shown_houses_destroyed(gazetteer):
    layers = place_layers("The ambassadors were shown homes destroyed by rockets in the middle of Barda.", gazetteer)
    assert layers["Barda"] == "other", layers


def test_guests_looked_at_damage_on_a_visit(gazetteer):
    layers = place_layers("The visit went on to the village of Yevlakh, where the delegates looked at houses "
                          "damaged by mortar fire.", gazetteer)
    assert layers["Yevlakh"] == "other", layers


def test_residents_who_looked_at_damage_tell_the_attack(gazetteer):
    layers = place_layers("The visit ended in Barda, where residents looked at the houses damaged by artillery.",
                          gazetteer)
    assert layers["Barda"] == "shelling", layers


def test_houses_destroyed_with_no_one_shown_them(gazetteer):
    layers = place_layers("Houses were destroyed by shelling in the middle of Barda.", gazetteer)
    assert layers["Barda"] == "shelling", layers
