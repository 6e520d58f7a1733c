"""Layers of fighting told around a town, of a town cut off or searched, of roads blocked by armed men, and of walks
and bodies that are no attack: soldiers who "fought alongside" others at a place fought there (shelling); a town
"surrounded on every side by" armed groups, or around which tanks "took up firing positions", is cut off
(checkpoints), as is a place where guards "searched arriving passengers"; armed fighters who block the route out of
a town close that road (corridors), as troops do; an "and" before an adjective in -ed ("tanks and armoured cars") is
no new clause, so the assault it backs still reaches its town; a time clause of "Once ..." at the head of a sentence
(a blockade of another country) does not make a blockade of the place the main clause names, whose news is its link;
a walk through a town's own cemetery or market is no journey through the town; and the dead collected from a place
are their recovery, no fire there."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers, waypoint_layers


layers = partial(place_layers, published=dt.date(1993, 4, 12))


def test_fought_alongside_at_a_place_is_fighting_there(gazetteer):
    text = "A witness said volunteers from abroad fought alongside the local militia at Hadrut."
    assert layers(text, gazetteer).get("Hadrut") == "shelling"


def test_a_veteran_who_fought_alongside_stays_his_past(gazetteer):
    text = "He had fought alongside the partisans in Hadrut and now teaches history."
    assert layers(text, gazetteer).get("Hadrut") != "shelling"


def test_surrounded_on_all_sides_by_armed_groups_is_cut_off(gazetteer):
    text = "Since the spring Hadrut has been surrounded on all sides by enemy fighters."
    assert layers(text, gazetteer).get("Hadrut") == "checkpoints"


def test_surrounded_by_hills_is_no_blockade(gazetteer):
    text = "The old quarter of Hadrut was surrounded by orchards and low hills."
    assert layers(text, gazetteer).get("Hadrut") != "checkpoints"


def test_firing_positions_taken_around_a_town(gazetteer):
    text = "By midnight, the mayor said, armoured vehicles had taken up firing positions around Lachin."
    assert layers(text, gazetteer).get("Lachin") == "checkpoints"


def test_passengers_searched_at_an_airfield(gazetteer):
    text = "In those months the militia searched all arriving passengers at Goris before letting them into the town."
    assert layers(text, gazetteer).get("Goris") == "checkpoints"


def test_ruins_searched_for_survivors_are_no_checkpoint(gazetteer):
    text = "Volunteers searched the ruins of the school in Goris for survivors."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_fighters_blocking_the_route_out_close_it(gazetteer):
    text = "On Friday armed fighters and local men blocked the route out of Kapan, halting the column."
    assert layers(text, gazetteer).get("Kapan") == "corridors"


def test_protesters_blocking_a_road_stay_a_blocking_point(gazetteer):
    text = "On Friday protesters blocked the road out of Kapan, demanding the mayor's resignation."
    assert layers(text, gazetteer).get("Kapan") == "checkpoints"


def test_assault_backed_by_armoured_cars_reaches_its_town(gazetteer):
    text = ("Agencies reported a fierce assault, backed by artillery and armoured cars, on the small town of Tartar, "
            "with a dozen people killed.")
    assert layers(text, gazetteer).get("Tartar") == "shelling"


def test_a_coordinated_verb_after_and_still_breaks_the_clause(gazetteer):
    text = "Troops took the bridge near Tartar and shelled Barda from there the next day."
    assert layers(text, gazetteer).get("Barda") == "shelling"


def test_once_another_country_was_blockaded_the_airfield_was_the_link(gazetteer):
    text = "Once the neighbouring republic was blockaded by rail, the airstrip at Goris became the only link with the world."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_a_blockade_of_the_town_itself_stays_a_blockade(gazetteer):
    text = "Troops blockaded Goris for a month, and the airstrip became the only link with the world."
    assert layers(text, gazetteer).get("Goris") != "other"


def test_a_walk_through_a_towns_cemetery_is_no_route(gazetteer):
    text = "This morning I walked through one of Barda's old cemeteries and counted the fresh graves."
    assert layers(text, gazetteer).get("Barda") == "other"


def test_a_walk_through_a_town_on_the_way_stays_a_route(gazetteer):
    text = "The refugees walked through Barda on their way to the railway station at Yevlakh."
    assert waypoint_layers(text, gazetteer, published=dt.date(1993, 4, 12)).get("Barda") == "corridors"


def test_the_dead_collected_from_a_place_are_no_fire_there(gazetteer):
    text = "The commander said his men were finally allowed to collect the dead from the fields outside Tartar."
    assert layers(text, gazetteer).get("Tartar") == "other"


def test_people_found_dead_after_shelling_stay_casualties(gazetteer):
    text = "Two shepherds were found dead near Tartar after the night's shelling."
    assert layers(text, gazetteer).get("Tartar") == "shelling"
