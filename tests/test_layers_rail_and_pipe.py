"""A railway's and a pipeline's course told in their own words (rolling stock, yards, a line running on, a
pipeline's way in or its extension) is a corridor; a fire said to be coming from somewhere is fire (each tested on
sentences written for it)."""

import pytest

from tests.helpers import waypoint_layers


@pytest.mark.parametrize("text, place", [
    ("Beyond Ijevan the line ran on towards Aghstafa.", "Aghstafa"),
    ("Some forty tank cars of diesel were sent from Gazakh that week.", "Gazakh"),
    ("We saw the first wagons standing in the yard at Ararat.", "Ararat"),
    ("The goods train stopped at the junction at Ararat.", "Ararat"),
    ("Past the last station the old track runs on to Julfa.", "Julfa"),
    ("Her uncle sold tickets at the Nakhchivan depot when the line still ran to Yeraskh.", "Yeraskh"),
    ("Before the war the railway ran towards Horadiz twice a day.", "Horadiz"),
    ("Supplies were hauled up the Vorotan valley towards Sisian.", "Sisian"),
    ("Officials said the gas pipeline would be brought into service outside Meghri in the spring.", "Meghri"),
    ("Later the pipeline will be extended southwards to Kapan.", "Kapan"),
    ("The railway was extended westwards as far as Ijevan in 1970.", "Ijevan"),
])
def test_a_railway_s_or_a_pipeline_s_course_is_a_corridor(gazetteer, text, place):
    assert waypoint_layers(text, gazetteer).get(place) == "corridors"


@pytest.mark.parametrize("text, place", [
    ("The envoy then went on to Kapan, where he met the governor.", "Kapan"),
    ("The pipeline that crosses the hills near Berd was damaged again on Monday.", "Berd"),
    ("The front line extended southwards to Horadiz by the end of October.", "Horadiz"),
    ("By noon the front line ran to the edge of Fuzuli.", "Fuzuli"),
    ("A line of cars ran to Kornidzor all afternoon.", "Kornidzor"),
])
def test_a_visit_s_next_stop_or_a_pipeline_s_damage_is_no_corridor(gazetteer, text, place):
    assert waypoint_layers(text, gazetteer).get(place) != "corridors"


def test_fire_said_to_be_coming_from_somewhere_is_fire(gazetteer):
    found = waypoint_layers("Residents of Goris said fire was coming from the hills above the town.", gazetteer)
    assert found.get("Goris") == "shelling"
