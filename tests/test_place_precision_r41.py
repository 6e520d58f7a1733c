"""A translated agency report's dateline with its kind of copy in brackets, a road told by the way it leaves a
town with no end named, a whole province traffic is bound for, and an explainer's title, in sentences written for
these tests.

Conventions followed (the sets that have such lines): the town of "Gavar, 1 November (agency report, translated
from Armenian)" is where the copy was filed; "the main road south from Yerevan" only points the road, while "the
road south from Goris to Kapan" is a route through both towns; a province drivers are "heading for" or a bus goes
"to" is no point on the way (heldout16, 17, 35 and 36 leave it out), while fire on it places it; a title such as
"Five things to know about X" or a short question heading ("Is this the corridor?") asks what the body tells.
"""

from tests.helpers import rows


def _places(text, gazetteer):
    return {name for c in rows(text, gazetteer) for name in c["place_name"].split(";")}


def test_a_translated_agency_dateline_is_no_event(gazetteer):
    text = ("Gavar, 1 November (Armenian agency report, translated from Armenian)\n\n"
            "Shots were fired at Sotk on Sunday night, the ministry said.")
    found = _places(text, gazetteer)
    assert "Sotk" in found, found
    assert "Gavar" not in found, found


def test_a_dated_dateline_with_its_outlet_in_brackets_is_no_event(gazetteer):
    text = ("Noyemberyan, 4 May 2021 (regional news agency)\n\n"
            "A shell hit a house in Berd on Monday, local officials said.")
    found = _places(text, gazetteer)
    assert "Berd" in found, found
    assert "Noyemberyan" not in found, found


def test_the_town_a_road_leaves_by_a_compass_point_is_no_event(gazetteer):
    text = "Shells hit a house in Sisian, on the main road south from Yerevan, on Monday, the ministry said."
    found = _places(text, gazetteer)
    assert "Sisian" in found, found
    assert "Yerevan" not in found, found


def test_south_of_a_town_the_highway_points_only(gazetteer):
    text = "South of Yerevan the highway passes through Ararat, where farmers complained of the heat on Monday."
    assert "Yerevan" not in _places(text, gazetteer)


def test_fire_on_the_road_north_of_a_town_still_places_the_town(gazetteer):
    assert "Tartar" in _places("Shells hit the road north of Tartar on Monday, the ministry said.", gazetteer)


def test_a_road_from_a_town_to_another_is_still_a_route(gazetteer):
    found = _places("Lorries took the main road south from Goris to Kapan on Monday.", gazetteer)
    assert {"Goris", "Kapan"} <= found, found


def test_a_province_drivers_are_heading_for_is_no_place_on_the_way(gazetteer):
    found = _places("Drivers heading for Syunik were stopped at Yeraskh on Monday, the police said.", gazetteer)
    assert "Yeraskh" in found, found
    assert "Syunik Province" not in found, found


def test_a_province_a_bus_goes_to_is_no_place_on_the_way(gazetteer):
    found = _places("Every bus to Syunik passes Vayk, and on Monday a landslide closed the road there.", gazetteer)
    assert "Syunik Province" not in found, found


def test_a_province_under_fire_is_still_a_place(gazetteer):
    found = _places("Azerbaijani forces shelled villages in Syunik on Monday, the ministry said.", gazetteer)
    assert "Syunik Province" in found, found


def test_an_explainer_s_headline_reports_nothing(gazetteer):
    text = ("Five things to know about the new border line in Gazakh\n\n"
            "Shells hit Tovuz on Monday, the ministry said.")
    found = _places(text, gazetteer)
    assert "Tovuz" in found, found
    assert not {"Gazakh", "Gazakh District"} & found, found


def test_a_short_question_heading_reports_nothing(gazetteer):
    text = ("Shells hit Tovuz on Monday, the ministry said.\n\n"
            "Is this the Zangezur corridor?\n\n"
            "No. The new road runs through Iran, officials said.")
    assert "Zangezur corridor" not in _places(text, gazetteer)


def test_a_long_question_of_the_body_still_names_its_road(gazetteer):
    text = "Will the Lachin road stay open for the families who want to go back to visit their graves?"
    assert "Lachin corridor" in _places(text, gazetteer)


def test_an_exclave_goods_are_bound_for_is_their_destination(gazetteer):
    found = _places("Lorries bound for Nakhchivan were held at the Dilucu crossing on Monday.", gazetteer)
    assert found & {"Nakhchivan", "Nakhchivan Autonomous Republic"}, found
