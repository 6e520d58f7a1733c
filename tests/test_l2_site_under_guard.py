"""A place told in the passive as kept under guard by armed men ("is now guarded by troops", "has been under the
peacekeepers' protection") has a guard kept there, as a post is: `checkpoints`. A road or a convoy guarded, a trip
made under protection, and fire at a guarded village keep their own readings."""

from functools import partial

from tests.helpers import waypoint_layers

layers = partial(waypoint_layers, published="2021-03-01")


def test_a_monastery_guarded_by_troops_in_the_passive(gazetteer):
    got = layers("The monastery of Dadivank is now guarded by Azerbaijani troops, a local outlet reported on Monday.",
                 gazetteer)
    assert got.get("Dadivank") == "checkpoints"


def test_a_site_watched_over_by_soldiers(gazetteer):
    got = layers("Amaras has been watched over by Russian soldiers since the spring, the diocese said.", gazetteer)
    assert got.get("Amaras Monastery") == "checkpoints"


def test_a_site_under_the_peacekeepers_protection(gazetteer):
    got = layers("The bishop said Gandzasar had been under the peacekeepers' protection since the autumn.", gazetteer)
    assert got.get("Gandzasar") == "checkpoints"


def test_a_trip_made_under_protection_is_no_post(gazetteer):
    got = layers("Forty pilgrims travelled to Gandzasar under the protection of the Russian peacekeepers on Sunday.",
                 gazetteer)
    assert got.get("Gandzasar") != "checkpoints"


def test_a_convoy_guarded_on_its_way_stays_the_route(gazetteer):
    got = layers("The convoy bound for Stepanakert was guarded by Russian peacekeepers all the way.", gazetteer)
    assert got.get("Stepanakert") != "checkpoints"


def test_a_corridor_guarded_stays_the_corridor(gazetteer):
    got = layers("The only road in is the Lachin corridor, which is guarded by Russian peacekeepers.", gazetteer)
    assert got.get("Lachin corridor") == "corridors"


def test_fire_at_a_guarded_village_is_still_fire(gazetteer):
    got = layers("Azerbaijani units shelled Sotk, which is guarded by border troops, late on Tuesday.", gazetteer)
    assert got.get("Sotk") == "shelling"
