"""The writer's own thing named by a place ("our X diorama", "our Y orders") only says whose it is, unless the
sentence tells fire or harm; goods said to be "the black kind from X" come from there, as "black tea from X" does."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2024-04-30")


def test_our_place_model_is_the_club_s_own(gazetteer):
    text = "Our Syunik layout, begun in the winter, was meant to show the old railway and the bridges."
    assert "Syunik" not in " ".join(layers(text, gazetteer)), layers(text, gazetteer)


def test_our_place_branch_that_was_shelled_is_still_news(gazetteer):
    text = "Our Goris branch was shelled on Monday night."
    assert layers(text, gazetteer).get("Goris") == "shelling"


def test_our_place_villages_cut_off_are_still_news(gazetteer):
    text = "Our Tavush villages have been cut off from the highway since Monday."
    assert layers(text, gazetteer) != {}


def test_the_railway_of_a_place_named_without_our_is_kept(gazetteer):
    text = "The Syunik railway was closed to freight on Monday."
    assert layers(text, gazetteer) != {}


def test_goods_that_are_a_kind_from_a_town(gazetteer):
    text = "The wine you sent is the red sort from Areni, and we drink a glass of it on Sundays."
    assert layers(text, gazetteer) == {}


def test_shells_of_a_kind_are_no_goods(gazetteer):
    text = "The shells that hit the farm were the heavy kind fired from Sisian."
    assert layers(text, gazetteer) != {}
