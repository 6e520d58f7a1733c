"""Layers of troops standing a short way from a village, of outposts manned under a raised flag and of a railway
being built: forces said to stand, or to be posted or positioned, a few hundred metres or a kilometre from a place
hold a line by it (checkpoints), as positions said to lie that far from it do, and so do they when the place is
"the town's houses" of a town its mayor speaks for; but a church standing that far from a village, or forces told
only to be a few kilometres from a town, hold none. Outposts named by their places where a side's flag is raised or
its soldiers take up duty are posts manned on the line (checkpoints), as "border outposts" are, while soldiers at an
outpost who come under fire tell of the fire. The stations of a line named in a sentence about its building (a
stage under way, excavation, rails) and the station rails were laid to are the railway's construction at each
(corridors); a station merely visited, or a polling station, is not."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2021, 6, 10))


def test_forces_standing_metres_from_a_village_hold_a_line_there(gazetteer):
    text = "The village head told reporters that enemy forces stood 300 metres from the village of Chinari."
    assert layers(text, gazetteer).get("Chinari") == "checkpoints"


def test_units_posted_a_kilometre_from_a_town_hold_a_line_there(gazetteer):
    text = "He said the other side's army units were posted no more than a kilometre from the outlying streets of Goris."
    assert layers(text, gazetteer).get("Goris") == "checkpoints"


def test_units_positioned_by_the_towns_houses_hold_a_line_at_the_town(gazetteer):
    text = ("Last spring the mayor of Goris, on the Armenian side, said that enemy troops were positioned about two "
            "kilometres from the town's houses.")
    assert layers(text, gazetteer).get("Goris") == "checkpoints"


def test_a_church_standing_metres_from_a_village_holds_no_line(gazetteer):
    text = "The old church stands 300 metres from the village of Chinari, the guide said."
    assert layers(text, gazetteer).get("Chinari") != "checkpoints"


def test_the_towns_houses_told_of_with_no_troops_hold_no_line(gazetteer):
    text = "The mayor of Goris, on the Armenian side, said that the town's houses had been repainted by volunteers."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_forces_only_kilometres_from_a_town_hold_no_line(gazetteer):
    text = "By Tuesday the attacking forces were only a few kilometres from Goris, the agency said."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_the_flag_raised_at_named_outposts_is_a_line_manned(gazetteer):
    text = "The agency said the national flag had been raised at the Soltanli and Khalafli outposts on Sunday."
    found = layers(text, gazetteer)
    assert found.get("Soltanli") == "checkpoints"
    assert found.get("Khalafli") == "checkpoints"


def test_soldiers_taking_up_duty_at_an_outpost_man_it(gazetteer):
    text = "Border troops took up duty at the Soltanli outpost on Friday, the service said."
    assert layers(text, gazetteer).get("Soltanli") == "checkpoints"


def test_soldiers_at_an_outpost_under_fire_tell_of_the_fire(gazetteer):
    text = "The soldiers at the Soltanli outpost said they had come under mortar fire on Tuesday night."
    assert layers(text, gazetteer).get("Soltanli") == "shelling"


def test_the_stations_of_a_stage_under_way_are_the_line_being_built(gazetteer):
    text = "The third stage, with the stations of Horadiz and Minjivan, is now under way, the engineer said."
    found = layers(text, gazetteer)
    assert "corridors" in {found.get("Horadiz"), found.get("Horadiz;Minjivan")}


def test_rails_laid_as_far_as_a_station_are_the_line_built_there(gazetteer):
    text = "The company said rails had been laid over 30 kilometres as far as Mahmudlu station by the spring."
    assert layers(text, gazetteer).get("Mahmudlu") == "corridors"


def test_stations_merely_visited_are_no_line_built(gazetteer):
    text = "The minister visited the stations of Horadiz and Minjivan on Tuesday, his office said."
    found = layers(text, gazetteer)
    assert "corridors" not in {found.get("Horadiz"), found.get("Minjivan"), found.get("Horadiz;Minjivan")}
