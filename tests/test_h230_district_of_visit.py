"""A journey to a district that ends at a village or town the sentence names in it ("travelled to the X district on
Monday and toured Y") is a visit at Y: the district only says where Y lies. A district visited with nothing named
in it, or one fired on, stays."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 5, 15)


def _places(text, gazetteer):
    return {e["place"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_a_trip_to_a_district_ending_at_a_village(gazetteer):
    assert _places("The deputy premier drove to the Kalbajar district on Friday and inspected the village of Zar.",
                   gazetteer) == {"Zar"}


def test_a_trip_to_a_district_ending_at_a_town(gazetteer):
    assert _places("The minister travelled to the Lachin district yesterday and toured Zabukh.", gazetteer) == {"Zabukh"}


# near sentences where the district stays

def test_a_district_visited_with_no_place_named(gazetteer):
    assert _places("The minister travelled to the Lachin district and visited a school.", gazetteer)


def test_a_district_fired_on_with_a_village(gazetteer):
    assert _places("Shells fell on the Lachin district and on Zabukh.", gazetteer) >= {"Zabukh"}
    assert len(_places("Shells fell on the Lachin district and on Zabukh.", gazetteer)) == 2


def test_a_trip_to_a_district_where_fire_fell(gazetteer):
    assert _places("The minister travelled to the Lachin district on Monday, where shells had fallen.", gazetteer)
