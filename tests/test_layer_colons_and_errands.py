"""Layers of places joined to their news by a colon, of journeys made to repair something, of guns turned against a
place, of camps outside a seat of power and of goods sent to or handled at a place (sentences written for these
tests)."""

import datetime as dt

from geo.extract import extract_text
from tests.helpers import waypoint_layers as read     # {place: layer}, a route's places one by one


# -- a colon joining a place to its news ----------------------------------------------------------------------

def test_a_round_up_entry_headed_by_its_place_takes_the_news_after_the_colon(gazetteer):
    assert read("Berdavan: the village was fired on from 21:00 to 23:00 on Tuesday, the mayor told the local "
                "paper.", gazetteer)["Berdavan"] == "shelling"
    assert read("Paravakar: bullets hit two houses on Monday, the head of the community said.",
                gazetteer)["Paravakar"] == "shelling"
    assert read("Noyemberyan: the town was shelled on Monday night.", gazetteer)["Noyemberyan"] == "shelling"


def test_a_heading_with_quiet_news_stays_other(gazetteer):
    assert read("Goris: the market reopened on Monday after the holiday.", gazetteer).get("Goris", "other") == "other"


def test_a_colon_explaining_a_clause_with_no_news_of_its_own(gazetteer):
    assert read("Our relatives in Berdavan had a harder night: the mayor said bullets hit three houses.",
                gazetteer)["Berdavan"] == "shelling"
    assert read("Paravakar had the worst of it: shells hit the school and two barns.",
                gazetteer)["Paravakar"] == "shelling"


def test_a_colon_after_a_clause_with_its_own_news_or_a_description_does_not_join(gazetteer):
    assert read("Goris is a quiet town: tourists come for the caves.", gazetteer).get("Goris", "other") == "other"
    assert read("The school in Sisian reopened on Monday: shells had hit it in 2020.",
                gazetteer).get("Sisian", "other") == "other"


# -- journeys made to repair something --------------------------------------------------------------------------

def test_a_crew_on_its_way_to_repair_something_is_no_route(gazetteer):
    assert read("A repair crew was heading to Paravakar to restore the power line.", gazetteer)["Paravakar"] == "other"
    assert read("Engineers were en route to Goris on Monday to fix the water supply.", gazetteer)["Goris"] == "other"
    assert read("Workers from Noyemberyan were on their way to Berdavan to repair the damaged pipe.",
                gazetteer)["Berdavan"] == "other"


def test_vehicles_or_goods_on_their_way_stay_a_route(gazetteer):
    assert read("Buses were on their way to Paravakar with supplies.", gazetteer)["Paravakar"] == "corridors"
    assert read("Lorries on their way to Berd with materials to repair the school were stopped.",
                gazetteer)["Berd"] == "corridors"
    found = read("The minister asked the company that runs the railway, to repair the line from Yeraskh to Goris.",
                 gazetteer)
    assert found["Yeraskh"] == "corridors"


# -- guns turned against a place -------------------------------------------------------------------------------

def test_guns_named_by_calibre_or_kind_turned_against_a_place_are_fire(gazetteer):
    assert read("The Azerbaijani side used large-calibre weapons against Berd the day before.",
                gazetteer)["Berd"] == "shelling"
    assert read("Troops used heavy machine guns against Berdavan on Sunday, damaging the water main.",
                gazetteer)["Berdavan"] == "shelling"


def test_guns_seized_or_shown_are_no_fire(gazetteer):
    assert read("Police seized two machine guns in a flat in Goris.", gazetteer).get("Goris", "other") == "other"
    assert read("A museum in Kapan displays machine guns from the 1990s.", gazetteer).get("Kapan", "other") == "other"
    assert read("Residents of Sisian protested against the sale of large-calibre rifles.",
                gazetteer).get("Sisian", "other") == "other"


# -- camps outside a seat of power -------------------------------------------------------------------------------

def test_a_camp_outside_a_seat_of_power_is_a_protest_not_a_checkpoint(gazetteer):
    assert read("Protesters camped outside the town hall in Goris on Monday.", gazetteer)["Goris"] == "other"
    assert read("Families of the detained camped outside the government building in Stepanakert again.",
                gazetteer)["Stepanakert"] == "other"


def test_a_camp_on_a_road_still_stands_in_the_way(gazetteer):
    assert read("Villagers camped on the road near Berd, stopping the lorries.", gazetteer)["Berd"] == "checkpoints"
    assert read("Activists camped by the highway outside Sisian for a week.", gazetteer)["Sisian"] == "checkpoints"


# -- goods sent to a place or handled at a stop --------------------------------------------------------------------

def test_goods_sent_to_a_place_and_unloaded_at_another_are_a_route(gazetteer):
    found = read("For supplies to Kapan and the villages of Syunik, the agency has been unloading at the Agarak "
                 "crossing and reloading onto local lorries.", gazetteer)
    assert found["Kapan"] == "corridors" and found["Agarak"] == "corridors"
    found = read("Cargo bound for Goris was unloaded at Sisian and taken on by local vans.", gazetteer)
    assert found["Goris"] == "corridors" and found["Sisian"] == "corridors"


def test_supplies_for_people_or_a_utility_are_no_route(gazetteer):
    assert read("Supplies for the displaced in Goris ran short.", gazetteer).get("Goris", "other") == "other"
    found = read("The utility warned that supplies to Sisian and Goris would be cut first as gas reserves ran low.",
                 gazetteer)
    assert found.get("Sisian", "other") == "other" and found.get("Goris", "other") == "other"


# -- what those rules leave alone -------------------------------------------------------------------------------

def test_a_camp_by_any_other_building_is_no_protest(gazetteer):
    for text, place in (("Displaced families camped outside the school building in Sisian for a week.", "Sisian"),
                        ("Shepherds camped near the old farm building above Kapan.", "Kapan"),
                        ("Hikers camped by the abandoned station building near Dilijan.", "Dilijan")):
        kinds = {c["kind"] for c in extract_text(text, dt.date(2021, 6, 10), gazetteer, source="test")
                 if place in c["place_name"].split(";")}
        assert "protest" not in kinds, text


def test_soldiers_who_reload_carry_no_goods(gazetteer):
    assert read("The soldiers reloaded at their trench near Tegh and kept watch.", gazetteer)["Tegh"] != "corridors"
    assert read("Hunters reloaded at the edge of the forest near Dilijan.", gazetteer)["Dilijan"] != "corridors"
    assert read("The cargo was reloaded at Bagratashen onto Georgian lorries.", gazetteer)["Bagratashen"] == "corridors"


def test_grenades_and_guns_only_used_are_fire(gazetteer):
    assert read("Customs officers found three grenades in a lorry at Bagratashen.", gazetteer)["Bagratashen"] != "shelling"
    assert read("The museum in Sisian shows grenades from the last war.", gazetteer)["Sisian"] != "shelling"
    assert read("A grenade went off near the market in Vardenis.", gazetteer)["Vardenis"] == "shelling"
    assert read("A bill on heavy machine guns was voted against by deputies from Kapan.", gazetteer)["Kapan"] != "shelling"


def test_supplies_meant_to_last_a_time_are_no_route(gazetteer):
    assert read("Families in Goris keep supplies to last through the winter.", gazetteer)["Goris"] != "corridors"
    assert read("The bakery in Sisian has flour and supplies for three weeks.", gazetteer)["Sisian"] != "corridors"


def test_a_colon_opening_a_wish_or_a_memory_joins_no_news(gazetteer):
    assert read("Villagers in Tegh had a single request: end the shooting near the school.", gazetteer)["Tegh"] == "other"
    assert read("An old man in Vardenis remembered the hardest winter: 1993, when shells fell daily.",
                gazetteer)["Vardenis"] == "other"
