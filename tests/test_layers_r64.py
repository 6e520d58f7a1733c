"""Layers: rounds named before that land or are launched at a town by a verb of their own ("the rockets carried
cluster munitions and landed in X", "bomblets carried by Grad rockets ... launched at Y") are fire there, as a
weapon's own load or its carrier is no cargo; a town that "lost" people counted a toll is no town lost to a side;
and damage told only as what was later rebuilt is the rebuilding's news, no attack. These recur wherever strikes on
towns are reported and looked back on."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2021, 5, 20))


def test_rounds_that_carried_a_load_and_landed_in_a_town_are_fire_there(gazetteer):
    text = ("The governor said the missiles carried cluster warheads and landed shortly after noon near the bus "
            "station in Goris.")
    assert layers(text, gazetteer).get("Goris") == "shelling"


def test_a_weapons_load_carried_by_rockets_launched_at_a_village_is_fire(gazetteer):
    text = ("Investigators traced the fragments to bomblets carried by Grad rockets and said they had been "
            "launched at Tegh from the east.")
    assert layers(text, gazetteer).get("Tegh") == "shelling"


def test_rockets_trucked_to_a_depot_are_still_cargo(gazetteer):
    text = "Lorries carried rockets and spare parts to a depot in Sotk, the customs service said."
    assert layers(text, gazetteer).get("Sotk") != "shelling"


def test_a_programme_launched_at_a_ceremony_is_no_fire(gazetteer):
    text = "The rebuilding programme was launched at a ceremony in Goris on Friday."
    assert layers(text, gazetteer).get("Goris") != "shelling"


def test_a_village_that_lost_more_residents_in_the_strikes_is_fire_not_a_loss_of_land(gazetteer):
    text = "Vardenis lost twelve residents in the rocket strikes of early May, the mayor said."
    assert layers(text, gazetteer).get("Vardenis") == "shelling"


def test_a_town_lost_to_the_other_side_stays_a_change_of_control(gazetteer):
    text = "The army lost Vardenis in the first week of the offensive, a former officer said."
    assert layers(text, gazetteer).get("Vardenis") == "other"


def test_homes_destroyed_and_since_rebuilt_are_no_attack_reported(gazetteer):
    text = ("Homes destroyed in Berd have been rebuilt with public money, and the prime minister toured Berd and "
            "Ijevan on Friday.")
    found = layers(text, gazetteer)
    assert found.get("Berd") == "other"
    assert found.get("Ijevan") == "other"


def test_a_school_a_shell_destroyed_and_later_rebuilt_is_still_the_strike(gazetteer):
    text = "A shell destroyed the music school in Berd, which was later rebuilt by the community."
    assert layers(text, gazetteer).get("Berd") == "shelling"
