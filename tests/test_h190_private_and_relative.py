"""Wordings read in the set heldout190 (second round): a body named by its owner and its noun before ", which said"
speaks; a person's daily way to work told in a "who" aside is no event; a thing someone can take to a town for a
customer is an errand offered, no event."""

from functools import partial

from tests.helpers import claimant_of, place_layers

layers = partial(place_layers, published="2023-10-19")
claimant = partial(claimant_of, published="2023-10-19")


# --- "the EU mission, which said ...": the mission speaks

def test_body_by_its_noun_before_which_said_speaks(gazetteer):
    text = "We sold two maps to the EU mission, which said on Monday that it had opened an office in Jermuk."
    assert claimant("Jermuk", text, gazetteer) == "EU"


def test_body_with_owner_before_which_wrote_speaks(gazetteer):
    text = "The vans belong to the European Union's mission, which wrote on Friday that its patrol had visited Sisian."
    assert claimant("Sisian", text, gazetteer) == "EU"


def test_which_with_no_speech_verb_claims_nothing(gazetteer):
    text = "The vans belong to the EU mission, which opened an office in Jermuk on Monday."
    assert claimant("Jermuk", text, gazetteer) == ""


# --- "Our driver, who comes in every morning on the bus from X, says": no event at X

def test_daily_way_to_work_in_an_aside_is_no_event(gazetteer):
    text = "Our baker, who comes in each morning on the minibus from Vayk, says the road is quiet."
    assert "Vayk" not in layers(text, gazetteer)


def test_weekly_visit_in_an_aside_is_no_event(gazetteer):
    text = "Ani, who comes on Thursdays from Sisian, will teach the class; bring your own paper."
    assert "Sisian" not in layers(text, gazetteer)


def test_a_journey_told_outright_keeps_the_town(gazetteer):
    text = "Our baker comes in each morning on the minibus from Vayk."
    assert "Vayk" in layers(text, gazetteer)


def test_harm_on_the_way_keeps_the_town(gazetteer):
    text = "Our baker, who comes by bus from Vayk, was hurt when a shell struck the bus."
    assert "Vayk" in layers(text, gazetteer)


# --- "my nephew can bring the cello to X": an errand offered

def test_errand_offered_is_no_event(gazetteer):
    text = "If it suits you, my son can take the broken clock to Sisian next week when he visits his aunt."
    assert "Sisian" not in layers(text, gazetteer)


def test_food_that_can_be_brought_keeps_the_town(gazetteer):
    text = "Lorries can bring flour to Goris again now that the road is open."
    assert "Goris" in layers(text, gazetteer)


# --- "The European monitors ... sent ..., their news release said": the monitors, the sentence's subject

def test_their_release_after_monitors_opening_the_sentence(gazetteer):
    text = "The European observers sent a patrol to Sisian on Monday, their news release said."
    assert claimant("Sisian", text, gazetteer) == "EU"


def test_their_statement_after_other_subject_is_not_the_monitors(gazetteer):
    text = "Villagers watched the European monitors drive through Sisian on Monday, their statement said."
    assert claimant("Sisian", text, gazetteer) != "EU"


# --- "report to Brussels": whom a body reports to, no journey there

def test_capital_reported_to_is_no_visit(gazetteer):
    text = "The observers cannot stop the firing; their job is to report to Brussels and to visit the villages."
    assert "Brussels" not in layers(text, gazetteer)


def test_capital_travelled_to_for_talks_stays(gazetteer):
    text = "The deputy minister went to Brussels and met the EU's envoy for talks on the border."
    assert "Brussels" in layers(text, gazetteer)
