"""Corridors or roads that are only what a conference, a forum or talks were about are the gathering's news."""

from tests.helpers import place_layers


def test_a_conference_on_corridors_is_a_meeting(gazetteer):
    found = place_layers("On Friday the town of Goris hosted a forum on the transit corridors of the South Caucasus.",
                         gazetteer)
    assert found["Goris"] == "other", found


def test_a_seminar_about_roads(gazetteer):
    found = place_layers("A seminar in Kapan about the region's roads opened on Monday.", gazetteer)
    assert found["Kapan"] == "other", found


def test_a_road_shut_after_talks_on_it_stays_the_corridors(gazetteer):
    found = place_layers("Talks on the corridor were held in Goris, and the road to Kapan was closed.", gazetteer)
    assert found["Goris"] == "other", found
    assert found["Kapan"] == "corridors", found


def test_a_road_closed_with_no_gathering(gazetteer):
    found = place_layers("On Thursday the road to Goris was closed.", gazetteer)
    assert found["Goris"] == "corridors", found
