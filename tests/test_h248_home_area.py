"""A person named by the area of a town they come from ("a volunteer from the X area", "a soldier from the Y region")
is described by it, as one "from X" is: with another place named as the scene, the home area is no event. Fire told
at the area, or the home told as hit, keeps it."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 11, 3)


def _places(text, gazetteer):
    return {e["place"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_volunteer_from_the_area(gazetteer):
    places = _places("Two people were killed in Davit Bek, one a villager and the other a volunteer from the Sisian "
                     "area.", gazetteer)
    assert places == {"Davit Bek"}


def test_soldier_from_the_region(gazetteer):
    places = _places("A soldier from the Goris region was wounded in Tegh on Monday.", gazetteer)
    assert "Goris" not in places and "Tegh" in places


def test_man_from_the_district(gazetteer):
    places = _places("A man from the Sisian district was wounded by shelling in Khnatsakh.", gazetteer)
    assert "Sisian" not in places


# near sentences: the area itself is where something happened

def test_fire_on_the_area(gazetteer):
    assert "Goris" in _places("Shells fell on the Goris area on Monday.", gazetteer)


def test_home_area_hit(gazetteer):
    assert "Sisian" in _places("A volunteer from the Sisian area was killed when shells hit Sisian.", gazetteer)


def test_shepherd_tells_of_his_home(gazetteer):
    assert "Goris" in _places("A shepherd from the Goris area said shells fell on his village.", gazetteer)


def test_area_alone_keeps_what_is_told_of_it(gazetteer):
    places = _places("A villager from the Fizuli region tells the writer that on 18 August the army covered twenty "
                     "kilometres in a few hours.", gazetteer)
    assert "Fizuli" in places
