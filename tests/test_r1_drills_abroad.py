"""A military exercise held at a place abroad is news there: the older sets annotate 22 of 31 such places.

A town abroad is kept where the troops drilled ("followed the exercise from a command post near X"), a province
abroad also when the exercise was held in one part of it ("in the north of the X province", "in the northern parts
of X and Y provinces"). An exercise still to come names no scene, nor does a town named for another reason.
"""

import datetime as dt

import pytest

from geo.extract import extract_text

DAY = dt.date(2024, 11, 25)


def places(text):
    return {c["place_name"] for c in extract_text(text, DAY)}


@pytest.mark.parametrize("text, place", [
    ("Iran's Revolutionary Guards began two days of exercises in the north of the East Azerbaijan province on "
     "Sunday.", "East Azerbaijan Province"),
    ("The army started war games in the northern parts of the Ardabil and East Azerbaijan provinces this week.",
     "East Azerbaijan Province"),
    ("Generals of both armies watched the drill from a command post near Parsabad.", "Pārsābād"),
    ("A large exercise of the Southern Military District has begun in the Volgograd region, the district said.",
     "Volgograd"),
])
def test_a_place_abroad_where_troops_drilled_is_kept(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, place", [
    # an exercise still to come
    ("The Guards said they plan to stage drills near Parsabad next spring.", "Pārsābād"),
    # a town abroad named for something else in a sentence about a drill
    ("Speaking to farmers in Parsabad, the governor said the cotton harvest was good.", "Pārsābād"),
    ("The minister, in Tabriz, said the drills sent a message of friendship to the neighbours.", "Tabriz"),
])
def test_no_scene_where_nobody_drilled(text, place):
    assert place not in places(text)


def test_a_drill_at_a_border_town_of_the_region_is_still_read():
    # the region's own town, where the exercise was held, stays as before
    found = extract_text("Azerbaijani troops held an exercise near Horadiz on Tuesday.", DAY)
    assert any(c["place_name"] == "Horadiz" for c in found)


@pytest.mark.parametrize("text, place", [
    # the province after "the X district of" only locates the district the exercise was held in
    ("In May the two armies held a joint exercise in the Aslan Duz district of Ardabil province.", "Ardabīl"),
    # a new clause after the drill: the town is where television showed it from
    ("The drill began on Monday, and state television in Tabriz showed tanks on the move.", "Tabriz"),
])
def test_a_place_only_near_the_drill_in_the_sentence_is_left(text, place):
    assert place not in places(text)
