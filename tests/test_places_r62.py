"""A road's length told from the town it starts at, an assembly voting a text where it sits, the places of a visit's
programme, readers named by where their families live, and a contact line for the press: "the road runs 30
kilometres from Fuzuli" (the road starts there: no distance measured from it); "the assembly in Strasbourg voted a
resolution" (the vote was taken there); "her programme listed meetings with the heads of the A and B districts" (a
plan); "for readers with family in the X region" (who the readers are); "For press enquiries, contact the press
office in Y" (where to call)."""

from tests.helpers import rows


def places(text, gazetteer, published="2021-10-05"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_road_running_some_kilometres_from_a_town_starts_there(gazetteer):
    text = "The new road runs 30 kilometres from Fuzuli, with four lanes and a cycle track."
    assert "Fuzuli" in places(text, gazetteer)
    # (a village so far from a town is still only measured from it)
    assert "Fuzuli" not in places("Shells fell on Horadiz, which lies 30 kilometres from Fuzuli.", gazetteer)


def test_a_road_of_a_stated_length_from_one_town_to_another_names_both(gazetteer):
    text = "The highway, about 60 kilometres from Goris to Kapan, was reopened on Monday."
    assert {"Goris", "Kapan"} <= places(text, gazetteer)


def test_an_assembly_in_a_city_abroad_that_voted_a_resolution_voted_there(gazetteer):
    text = "In January the Council of Europe's assembly in Strasbourg voted a resolution on the Lachin road."
    assert "Strasbourg" in places(text, gazetteer)


def test_the_meetings_a_visit_programme_listed_are_a_plan(gazetteer):
    text = ("His programme for a visit in May listed meetings with the heads of the Tovuz, Gazakh and Aghstafa "
            "districts.")
    assert places(text, gazetteer) == set()
    # (meetings held with them are news in their districts)
    text = "The envoy met the heads of the Gubadli and Zangilan districts on Tuesday."
    assert {"Gubadli District", "Zangilan District"} <= places(text, gazetteer)


def test_readers_with_family_in_a_region_are_named_by_it(gazetteer):
    text = "This page gathers the week's news for readers with family in the Hadrut region."
    assert places(text, gazetteer) == set()


def test_a_press_contact_line_names_no_scene(gazetteer):
    text = "For media enquiries, contact the press service of the committee in Ganja."
    assert places(text, gazetteer) == set()
