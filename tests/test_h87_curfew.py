"""A curfew (or a state of emergency) told in named places restricts who may move there, as a post does: its places
are checkpoints ("a curfew from ten at night now applies in A, B and C", "the curfew is still in force in A", "the
state of emergency declared in A remains in force"), and so is its rule told in words ("no one in A may be out
after dark without a permit"). A curfew only asked for or planned, the backdrop of another event's day, or the
decision to declare it judged afterwards is no control there."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2020-10-20")


def test_a_curfew_applied_in_listed_towns(gazetteer):
    text = ("Martial law began at midnight, and a curfew from ten at night to five in the morning has applied since "
            "then in Shamkir, Tovuz and Gazakh.")
    got = layers(text, gazetteer)
    assert got.get("Shamkir") == "checkpoints"
    assert got.get("Tovuz") == "checkpoints"


def test_a_curfew_still_in_force(gazetteer):
    text = "The curfew is still in force in Tovuz, so the shop closes an hour early."
    assert layers(text, gazetteer).get("Tovuz") == "checkpoints"


def test_curfew_rules_that_still_apply(gazetteer):
    text = "Drivers should know the curfew rules, which still apply in Shamkir and Gazakh."
    assert layers(text, gazetteer).get("Gazakh") == "checkpoints"


def test_a_state_of_emergency_declared_in_a_town(gazetteer):
    text = "The state of emergency declared in Shamkir from 3 March remains in force."
    assert layers(text, gazetteer).get("Shamkir") == "checkpoints"


def test_the_rule_of_a_curfew_told_in_words(gazetteer):
    text = "Since Monday no one in Tovuz may be out of doors between ten at night and five in the morning without a permit."
    assert layers(text, gazetteer).get("Tovuz") == "checkpoints"


def test_a_curfew_only_asked_to_be_lifted_is_no_control(gazetteer):
    text = "Shopkeepers in Shamkir asked for the curfew to be lifted before the holiday."
    assert layers(text, gazetteer).get("Shamkir") != "checkpoints"


def test_a_curfew_only_planned_is_no_control(gazetteer):
    text = "The governor said he would impose a curfew on Gazakh if the protests went on."
    assert layers(text, gazetteer).get("Gazakh") != "checkpoints"


def test_a_curfew_as_the_backdrop_of_an_arrival_keeps_the_arrival(gazetteer):
    text = "The buses reached Tovuz on 9 May, a day when Tovuz itself was under curfew."
    assert layers(text, gazetteer).get("Tovuz") != "checkpoints"


def test_a_state_of_emergency_judged_afterwards_is_no_control(gazetteer):
    text = "The former minister wrote in 2001 that declaring a state of emergency in Shamkir had been a grave error."
    assert layers(text, gazetteer).get("Shamkir") != "checkpoints"


def test_no_permit_rule_without_a_curfew_over_fires_not(gazetteer):
    text = "No one knows whether the shop in Tovuz can open without a licence."
    assert layers(text, gazetteer).get("Tovuz") != "checkpoints"
