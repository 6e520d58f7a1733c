"""Layers of bombing told by the bare verb, of a road cut on its way to a town, of an airport opened, of fortified
lines, of troops going in along a road and of troops that "reached" a place: a side that "went on to bomb" a town
fired on it (shelling), as one that bombed it did; a road cut "to" a town is that town's road cut (corridors), as
"the main road to" it is, while a road cut between two towns stays a blockade at each; an airport opened at a town
is the airport's opening (other), no road's, unless the road to the airport is what opened; a fortified line, a
belt of fortifications or defences built at a place are a line held there (checkpoints), but an attempt to put up
fortifications is not, nor the old fortifications of a castle; units that entered a town along a road or route
took that way in (corridors), while units that entered it, told alone, took it (other); "they" who reached a
place after forces were said to be advancing are those forces, not travellers arriving on a route; fortifications
struck or attacked are the fire's target (shelling); and the town a speaker speaks in keeps the visit as its news,
not what he then says of "the town"."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2021, 6, 10))


def test_a_town_a_side_went_on_to_bomb_was_fired_on(gazetteer):
    text = "The spokesman said the enemy had ignored the truce and went on to bomb Barda as well, a local site reported."
    assert layers(text, gazetteer).get("Barda") == "shelling"


def test_a_town_bombed_is_still_fired_on(gazetteer):
    text = "Officials said enemy aircraft bombed Barda on Tuesday night."
    assert layers(text, gazetteer).get("Barda") == "shelling"


def test_a_bomb_found_in_a_town_is_no_bombing(gazetteer):
    text = "Police said a bomb disposal team visited Barda on Tuesday to look at a car."
    assert layers(text, gazetteer).get("Barda") != "shelling"


def test_a_road_cut_on_its_way_to_a_town_is_that_road_cut(gazetteer):
    text = "The agency said the fall of the village let the army's units cut the road to Goris, the region's main town."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_a_road_cut_to_a_town_near_a_village_is_still_the_road(gazetteer):
    text = "The ministry said its units had cut the road to Kapan near the border on Thursday."
    assert layers(text, gazetteer).get("Kapan") == "corridors"


def test_a_road_cut_between_two_towns_stays_a_blockade_at_each(gazetteer):
    text = "The ministry said its troops had cut the road between Askeran and Martuni on Tuesday."
    assert layers(text, gazetteer).get("Askeran") == "checkpoints"


def test_an_airport_opened_at_a_town_is_the_airports_news(gazetteer):
    text = "Three weeks before the highway, on 12 May, the new international airport at Zangilan was opened by the two presidents."
    assert layers(text, gazetteer).get("Zangilan") == "other"


def test_an_airport_the_presidents_opened_is_no_road(gazetteer):
    text = "The two presidents opened the new international airport in Zangilan on Thursday, a week after the highway."
    assert layers(text, gazetteer).get("Zangilan") == "other"


def test_the_road_to_an_airport_opened_is_a_road(gazetteer):
    text = "The road to the airport at Zangilan was opened on Thursday, the agency said."
    assert layers(text, gazetteer).get("Zangilan") == "corridors"


def test_a_fortified_defence_line_at_a_town_is_a_line_held(gazetteer):
    text = "A presidential aide wrote that the enemy's main fortified defence line had been broken at Aghdam."
    assert layers(text, gazetteer).get("Aghdam") == "checkpoints"


def test_a_belt_of_fortifications_near_a_town_is_a_line_held(gazetteer):
    text = "The minister said the enemy had spent decades turning the front near Aghdam into a belt of deep fortifications."
    assert layers(text, gazetteer).get("Aghdam") == "checkpoints"


def test_an_attempt_to_put_up_fortifications_holds_no_line(gazetteer):
    text = "The ministry said enemy units had tried to put up fortifications in front of its positions near Aghdam."
    assert layers(text, gazetteer).get("Aghdam") != "checkpoints"


def test_the_old_fortifications_of_a_castle_are_no_line(gazetteer):
    text = "Tourists walked along the fortifications of the old fortress in Shusha on Sunday."
    assert layers(text, gazetteer).get("Shusha") != "checkpoints"


def test_units_that_entered_a_town_along_a_route_took_that_way(gazetteer):
    text = "According to the road agency, the army's units entered Lachin along this route in the war, hence the road's name."
    assert layers(text, gazetteer).get("Lachin") == "corridors"


def test_units_that_entered_a_town_told_alone_took_it(gazetteer):
    text = "The ministry said its units entered Lachin on Monday and raised the flag over the town hall."
    assert layers(text, gazetteer).get("Lachin") == "other"


def test_they_who_reached_a_bridge_after_an_advance_are_the_troops(gazetteer):
    text = "Government forces have been advancing along the river for days, and on Sunday they reached the Khudafarin bridge."
    assert layers(text, gazetteer).get("Khudafarin Bridges") == "other"


def test_families_who_reached_a_town_arrived_on_a_route(gazetteer):
    text = "The families left their village at dawn and they reached Goris by night."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_fortifications_attacked_are_the_fires_target(gazetteer):
    text = "Enemy drones struck the fortifications near Aghdam before dawn, the ministry said."
    assert layers(text, gazetteer).get("Aghdam") == "shelling"


def test_the_town_a_speaker_speaks_in_keeps_the_visit_not_what_he_says_of_the_town(gazetteer):
    text = ("Speaking in Kalbajar on 2 May, when he toured the district, the president said the enemy had built strong "
            "fortifications around the town.")
    assert layers(text, gazetteer).get("Kalbajar") != "checkpoints"
