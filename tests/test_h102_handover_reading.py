"""Readings from the Kalbajar handover set: people leaving who burn houses set no attack; a thing that burned after a
strike burned in the strike; a guard put on a named monastery is a post there; an army moving into a place over
mountain roads is its entry; pilgrims going to a site visit it; two officers of Azerbaijan's defence ministry are the
ministry's voice."""

import datetime as dt

from geo.extract import normalise_actor
from tests.helpers import place_layers

PUBLISHED = dt.date(2020, 11, 20)


def test_people_leaving_who_burn_houses_set_no_attack(gazetteer):
    text = ("On Monday a colonel told the agency that the Azerbaijanis leaving Lachin were setting fire to houses "
            "and barns.")
    assert place_layers(text, gazetteer, PUBLISHED).get("Lachin") == "other"


def test_soldiers_who_burn_houses_still_attack(gazetteer):
    # negative: the setters are troops, not the people leaving
    text = "On Monday a colonel told the agency that enemy soldiers near Lachin were setting fire to houses."
    assert place_layers(text, gazetteer, PUBLISHED).get("Lachin") == "shelling"


def test_a_lorry_burned_after_a_drone_struck_it_is_shelling(gazetteer):
    text = "On Friday a farm lorry burned in Goris after an enemy drone struck it, the ministry's spokesman wrote."
    assert place_layers(text, gazetteer, PUBLISHED).get("Goris") == "shelling"


def test_a_barn_burned_after_lightning_is_no_shelling(gazetteer):
    # negative: a blaze with no strike of war behind it
    text = "On Friday a barn burned in Goris after lightning struck it, the fire service wrote."
    assert place_layers(text, gazetteer, PUBLISHED).get("Goris") != "shelling"


def test_a_guard_put_on_the_named_monastery_is_a_post(gazetteer):
    text = ("On Tuesday French soldiers drove out to Gandzasar, unloaded crates and posted guards at the monastery, "
            "a wire agency reported.")
    assert place_layers(text, gazetteer, PUBLISHED).get("Gandzasar") == "checkpoints"


def test_a_guard_at_the_church_of_a_town_is_no_post_of_the_town(gazetteer):
    # negative: the town is no monastery or church named earlier
    text = ("On Tuesday French soldiers drove out to Goris, unloaded crates and posted guards at the church, "
            "a wire agency reported.")
    assert place_layers(text, gazetteer, PUBLISHED).get("Goris") != "checkpoints"


def test_an_army_moving_into_a_town_over_roads_is_its_entry(gazetteer):
    text = ("The spokesman said the army's columns had been moving into Lachin since Tuesday night, over narrow "
            "roads that sappers were clearing.")
    assert place_layers(text, gazetteer, PUBLISHED).get("Lachin") == "other"


def test_lorries_moving_into_a_town_over_roads_are_a_route(gazetteer):
    # negative: goods vehicles on their way, not an army entering
    text = ("The spokesman said the lorries had been moving into Lachin since Tuesday night, over narrow roads "
            "that sappers were clearing.")
    assert place_layers(text, gazetteer, PUBLISHED).get("Lachin") == "corridors"


def test_pilgrims_going_to_a_monastery_under_escort_visit_it(gazetteer):
    text = "On Saturday thirty pilgrims went to Gandzasar with an escort of French soldiers, the ministry said."
    assert place_layers(text, gazetteer, PUBLISHED).get("Gandzasar") == "other"


def test_lorries_going_to_a_monastery_under_escort_are_a_route(gazetteer):
    # negative: no pilgrims, a convoy's way
    text = "On Saturday thirty lorries went to Gandzasar with an escort of French soldiers, the ministry said."
    assert place_layers(text, gazetteer, PUBLISHED).get("Gandzasar") == "corridors"


def test_the_two_officers_speak_for_the_azerbaijani_defence_ministry():
    assert normalise_actor("Huseyn Mahmudov") == normalise_actor("Azerbaijani Defence Ministry")
    assert normalise_actor("Kanan Seyidov") == normalise_actor("Azerbaijani Defence Ministry")
    # negative: another person of the same surname is nobody's alias
    assert normalise_actor("Elchin Mahmudov") != normalise_actor("Azerbaijani Defence Ministry")


def test_a_price_list_line_names_no_event(gazetteer):
    text = "Smoked cheese from Goris, aged two months: 5,200 drams a kilo."
    assert "Goris" not in place_layers(text, gazetteer, PUBLISHED)


def test_prices_with_shelling_still_name_the_place(gazetteer):
    # negative: the line tells of fire as well as a price
    text = "After the shelling of Goris the bakery sold bread at 400 drams a loaf."
    assert place_layers(text, gazetteer, PUBLISHED).get("Goris") == "shelling"
