"""Sentences where the r71 layer rules misfired: "The mayor fought against corruption in Goris for ten years", "Local
women fought against the new dam near Kapan in the courts" and "The mayor fought alongside local activists in Goris
for a new school" (a cause, no fighting); "Fire-fighters blocked the road out of Kapan while the blaze was put out"
(no armed men closing the road); "The president, surrounded by soldiers, laid a wreath in Goris", "The minister was
surrounded by soldiers in Goris" and "The general arrived in Goris, surrounded by bodyguards and soldiers" (a man
guarded, no town cut off); "Police searched for drivers who had fled after the crash near Goris" (a search for
people, no control of travellers); "Once the road was cut, Goris was left without food" and "Once the shelling began,
Goris emptied" (a main clause with no news of its own: the opening clause is the place's news); "Hundreds of
villagers walked from Goris past the old cemetery to Kapan" and "Refugees walked from Goris to the markets of Kapan"
(a journey, its sight passed on a later leg); and "The storm destroyed homes near Goris and displaced hundreds in
Kapan" ("displaced" there a verb beginning a new clause)."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers, waypoint_layers


layers = partial(place_layers, published=dt.date(1994, 3, 8))
waypoints = partial(waypoint_layers, published=dt.date(1994, 3, 8))


def test_fought_against_a_cause_is_no_fighting(gazetteer):
    assert layers("The mayor fought against corruption in Goris for ten years.", gazetteer).get("Goris") == "other"
    text = "Local women fought against the new dam near Kapan in the courts."
    assert layers(text, gazetteer).get("Kapan") == "other"


def test_fought_alongside_activists_is_no_fighting(gazetteer):
    text = "The mayor fought alongside local activists in Goris for a new school."
    assert layers(text, gazetteer).get("Goris") == "other"


def test_fought_against_armed_men_stays_fighting(gazetteer):
    text = "Partisans fought against the occupiers near Kapan last week."
    assert layers(text, gazetteer).get("Kapan") == "shelling"
    assert layers("Volunteers fought against Azerbaijani forces near Kapan.", gazetteer).get("Kapan") == "shelling"


def test_fire_fighters_blocking_a_road_are_no_armed_blockers(gazetteer):
    text = "Fire-fighters blocked the road out of Kapan while the blaze was put out."
    assert layers(text, gazetteer).get("Kapan") == "checkpoints"
    assert layers("Gunmen blocked the road out of Kapan on Sunday.", gazetteer).get("Kapan") == "corridors"


def test_a_man_surrounded_by_soldiers_is_no_town_cut_off(gazetteer):
    for text in ("The president, surrounded by soldiers, laid a wreath in Goris.",
                 "The minister was surrounded by soldiers in Goris.",
                 "The general arrived in Goris, surrounded by bodyguards and soldiers."):
        assert layers(text, gazetteer).get("Goris") == "other", text


def test_a_town_surrounded_by_troops_stays_cut_off(gazetteer):
    assert layers("Goris was encircled by enemy troops for a month.", gazetteer).get("Goris") == "checkpoints"
    text = "Kapan has been encircled on three sides by armed men since May."
    assert layers(text, gazetteer).get("Kapan") == "checkpoints"


def test_a_search_for_drivers_is_no_control_of_travellers(gazetteer):
    text = "Police searched for drivers who had fled after the crash near Goris."
    assert layers(text, gazetteer).get("Goris") == "other"
    assert layers("Customs officers searched every lorry at Goris.", gazetteer).get("Goris") == "checkpoints"


def test_once_clause_is_the_place_s_news_when_the_main_clause_has_none(gazetteer):
    assert layers("Once the road was cut, Goris was left without food.", gazetteer).get("Goris") == "corridors"
    assert layers("Once the shelling began, Goris emptied.", gazetteer).get("Goris") == "shelling"


def test_a_walk_past_a_sight_after_leaving_a_town_is_a_journey(gazetteer):
    text = "Hundreds of villagers walked from Goris past the old cemetery to Kapan."
    assert waypoints(text, gazetteer).get("Goris") == "corridors"
    assert waypoints("Refugees walked from Goris to the markets of Kapan.", gazetteer).get("Goris") == "corridors"


def test_displaced_after_and_as_a_verb_begins_a_new_clause(gazetteer):
    text = "The storm destroyed homes near Goris and displaced hundreds in Kapan."
    assert layers(text, gazetteer).get("Kapan") == "other"
