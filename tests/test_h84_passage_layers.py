"""Checkpoints, corridors and shelling as a town's news: entry to a town told limited, police or soldiers guarding a
road or letting only some through are checkpoints (a road named by the two towns it joins, closed so, stays the
road's closure); a public transport service told stopped is its route's closure whatever fire dated it; fire a
speaker says could be heard, in a sentence opening on the town, is fire there; a thing whose shells a "which" clause
tells before its repair is the repair's news."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2022-10-05")


def test_entry_told_limited_in_the_passive_is_a_checkpoint(gazetteer):
    text = "The mayor said on Monday that access to Goris had been severely restricted."
    assert layers(text, gazetteer)["Goris"] == "checkpoints"


def test_entry_to_a_place_told_open_is_no_checkpoint(gazetteer):
    text = "The mayor said on Monday that entry to Goris was free again for tourists."
    assert layers(text, gazetteer)["Goris"] != "checkpoints"


def test_soldiers_letting_only_some_through_is_a_checkpoint(gazetteer):
    text = "During the fighting soldiers at the bridge allowed only ambulances through to Tegh."
    assert layers(text, gazetteer)["Tegh"] == "checkpoints"


def test_only_some_let_through_in_the_passive_is_a_checkpoint(gazetteer):
    text = "Policemen stood at the edge of Tegh on Monday, and only residents with papers were let through."
    assert layers(text, gazetteer)["Tegh"] == "checkpoints"


def test_police_guarding_a_road_is_a_checkpoint(gazetteer):
    text = "For three days police guarded the road up to Tegh."
    assert layers(text, gazetteer)["Tegh"] == "checkpoints"


def test_a_road_between_two_towns_closed_to_most_stays_the_road_s(gazetteer):
    text = ("Police closed the road from Goris to Tegh to private cars on Sunday, letting only buses through, "
            "the regional police said.")
    found = layers(text, gazetteer)
    assert "checkpoints" not in found.values()


def test_public_transport_stopped_after_shelling_is_the_route_s_closure(gazetteer):
    text = "Public transport between Tegh and the capital stopped after the shelling of last week."
    assert layers(text, gazetteer)["Tegh"] == "corridors"


def test_fire_heard_in_the_town_opening_the_sentence_is_fire_there(gazetteer):
    text = ("In Kapan, Hayk Petrosyan, the town's civil defence officer, told reporters on Monday that shelling "
            "could be heard and asked people to stay indoors.")
    assert layers(text, gazetteer)["Kapan"] == "shelling"


def test_no_fire_heard_is_no_fire(gazetteer):
    text = "In Kapan, the town's civil defence officer told reporters on Monday that no shelling could be heard."
    assert layers(text, gazetteer)["Kapan"] != "shelling"


def test_a_thing_that_took_shells_being_repaired_is_the_repair_s_news(gazetteer):
    text = ("The museum of Goris, which took three shells in the autumn, was being restored for the spring, "
            "the mayor wrote.")
    assert layers(text, gazetteer)["Goris"] == "other"


def test_a_thing_that_took_shells_and_closed_is_not_a_repair(gazetteer):
    text = "The museum of Goris, which took three shells on Monday night, was hit again on Tuesday."
    assert layers(text, gazetteer)["Goris"] == "shelling"
