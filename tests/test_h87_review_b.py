"""A curfew or a state of emergency is no checkpoint where it is declared over a flood or an epidemic, where people
are shot for breaking it (the shooting is the news), or where "state of emergency" only names a sitting ("a state of
emergency meeting"); and "no one could say ... without a permit" is a question no one answers, no rule of passage.
Curfews told in force, declared or lifted in a place stay checkpoints, and another place's event keeps its layer."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2020-10-20")


def test_a_curfew_in_one_town_leaves_shells_in_another(gazetteer):
    got = layers("Shells hit Tartar overnight, and a curfew was declared in Barda.", gazetteer)
    assert got.get("Tartar") == "shelling"
    assert got.get("Barda") == "checkpoints"


def test_people_shot_for_breaking_a_curfew(gazetteer):
    text = "Three civilians were shot for breaking the curfew in Ganja, police said."
    assert layers(text, gazetteer).get("Ganja") == "shelling"


def test_a_state_of_emergency_over_a_flood(gazetteer):
    text = "A state of emergency was declared in Sabirabad after the Kura river flooded villages."
    assert layers(text, gazetteer).get("Sabirabad") != "checkpoints"


def test_a_state_of_emergency_over_an_epidemic(gazetteer):
    text = "The state of emergency over the coronavirus epidemic remains in Baku."
    assert layers(text, gazetteer).get("Baku") != "checkpoints"


def test_a_state_of_emergency_meeting(gazetteer):
    text = "The governor held a state of emergency meeting in Ganja on Sunday."
    assert layers(text, gazetteer).get("Ganja") == "other"


def test_no_one_could_say_is_no_permit_rule(gazetteer):
    text = "No one could say how many people had left Barda without a permit to travel."
    assert layers(text, gazetteer).get("Barda") != "checkpoints"


def test_no_one_can_enter_without_a_permit(gazetteer):
    text = "No one can enter Tartar without a special permit, officials said."
    assert layers(text, gazetteer).get("Tartar") == "checkpoints"


def test_a_curfew_in_force_beside_rockets_elsewhere(gazetteer):
    got = layers("Rockets struck Mingachevir on Sunday while a curfew was in force in Baku.", gazetteer)
    assert got.get("Mingachevir") == "shelling"
    assert got.get("Baku") == "checkpoints"
