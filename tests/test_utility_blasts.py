"""A pipe or line burst open: damage to a utility when nothing is named as its cause, an attack when a blast is
named as what did it ("an explosion ruptured the pipeline near X", "was damaged by a blast")."""

import datetime

from functools import partial

from tests.helpers import place_layers

_layers = partial(place_layers, published=datetime.date(2024, 2, 12))


def test_a_blast_that_ruptured_a_pipeline_is_an_attack(gazetteer):
    layers = _layers("A second explosion, just before dawn on Sunday, ruptured the gas pipeline near Gardabani.",
                     gazetteer)
    assert layers["Gardabani"] == "shelling"


def test_a_pipeline_damaged_by_a_blast_is_an_attack(gazetteer):
    assert _layers("The water main outside Kapan was damaged by a powerful blast overnight.", gazetteer)["Kapan"] \
        == "shelling"


def test_a_blast_that_tore_open_a_main_is_an_attack(gazetteer):
    assert _layers("A blast tore open the gas main near Sisian late on Friday.", gazetteer)["Sisian"] == "shelling"


def test_a_ruptured_main_with_no_cause_named_is_damage(gazetteer):
    assert _layers("The gas main ruptured near Ijevan during the hard frost.", gazetteer)["Ijevan"] == "other"


def test_a_blast_heard_beside_a_damaged_pipeline_is_not_its_cause(gazetteer):
    layers = _layers("Villagers in Berd said the gas pipeline was damaged on the night they heard a loud explosion.",
                     gazetteer)
    assert layers["Berd"] == "other"
