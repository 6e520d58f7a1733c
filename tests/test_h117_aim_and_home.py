"""Fire told by its aim, and a home told after another verb of a relative clause.

Armed units aiming at army positions near a place ("the units aimed at Armenian positions near X") is fire there
(shelling), as "fire on the positions near X" is; units aiming at a plan are not. Where a person described in a
relative clause lives now ("Aram, who learned the craft from his father and now lives in X") only says who he is,
as "who now lives in X" already does; a place where harm is told in the same clause stays."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2022-08-10")


def test_units_aimed_at_positions_near_a_village_is_shelling(gazetteer):
    text = "According to Hetq, the firing began at dawn, when Azerbaijani units aimed at Armenian positions near Sotk."
    assert layers(text, gazetteer).get("Sotk") == "shelling"


def test_aimed_at_a_plan_is_no_fire(gazetteer):
    # negative: "aimed at" an aim, no positions
    text = "The new units aimed at improving the roads near Sotk, the ministry said."
    assert layers(text, gazetteer).get("Sotk") != "shelling"


def test_home_after_another_verb_of_the_clause_is_left_out(gazetteer):
    text = "This week's guest weaver was to be Aram Sargsyan, who learned the craft from his father and now lives in Kapan."
    assert "Kapan" not in layers(text, gazetteer)


def test_home_without_the_relative_clause_stays(gazetteer):
    # negative: no "who ..." clause; the sentence says where he lives as its news
    text = "Aram Sargsyan moved his family out of Sotk after the shelling and now lives in Kapan."
    assert "Sotk" in layers(text, gazetteer)
