"""A venue only guessed at ("a third meeting could be held in A, B or C") or offered to the other side ("inviting
the delegates to come to X", "suggesting the other side go to Y") is no place where anything was held: the whole
list goes. A meeting held there, or a side that came or went there, is still told."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2023-09-30")


def test_a_venue_guessed_at_and_its_list(gazetteer):
    text = "Officials said a third meeting could be held in Ganja, Tartar or Barda."
    found = layers(text, gazetteer)
    assert not {"Ganja", "Tartar", "Barda"} & set(found)


def test_a_meeting_held_is_still_told(gazetteer):
    text = "Officials said a third meeting was held in Ganja on Monday."
    assert layers(text, gazetteer).get("Ganja") == "other"


def test_an_invitation_to_come(gazetteer):
    text = "The government issued a statement inviting the Armenian delegates to come to Ganja next week."
    assert "Ganja" not in layers(text, gazetteer)


def test_a_proposal_to_go(gazetteer):
    text = "The mediators were suggesting the other side go to Barda, which it refused."
    assert "Barda" not in layers(text, gazetteer)


def test_a_side_that_went_is_still_told(gazetteer):
    text = "The other side went to Barda on Tuesday for the talks, the mediators said."
    assert layers(text, gazetteer).get("Barda") == "other"
