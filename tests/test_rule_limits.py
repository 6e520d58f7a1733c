"""Where the rules for denials, surnames, residents' reports, "the ministry" named again and a side's local
authorities stop: ordinary sentences they must leave alone (sentences written for these tests)."""

import datetime as dt

import pytest

from geo.extract import extract_text


def read(text, gazetteer):
    return {c["place_name"]: (c["layer"], c["kind"], c["claimed_by"])
            for c in extract_text(text, dt.date(2020, 10, 15), gazetteer, source="test")}


@pytest.mark.parametrize("text, place", [
    ("The Armenian Defence Ministry denied that Sotk had been evacuated as Azerbaijani artillery shelled Sotk "
     "through the night.", "Sotk"),
    ("Azerbaijan rejected most of the peace plan and its artillery shelled Martuni on Sunday.", "Khojavend"),
    ("The local commander was dismissed for failing to prevent the shelling of Tartar on Monday.", "Tartar"),
])
def test_fire_beside_a_denial_of_something_else_is_no_denial(gazetteer, text, place):
    assert read(text, gazetteer)[place][:2] == ("shelling", "artillery")


def test_a_town_in_a_title_case_headline_is_no_surname(gazetteer):
    text = ("Drone Strike Hits Sisian\n\n"
            "An Azerbaijani drone struck a house in Sisian on Monday, the Armenian Defence Ministry said.")
    assert "Sisian" in read(text, gazetteer)


@pytest.mark.parametrize("text, place", [
    ("Residents of Stepanakert said that shelling had continued in Martuni overnight.", "Stepanakert"),
    ("Residents of Goris told reporters that they could hear shelling across the border.", "Goris"),
])
def test_what_residents_report_from_elsewhere_stays_elsewhere(gazetteer, text, place):
    assert read(text, gazetteer)[place][0] == "other"


def test_the_foreign_ministry_is_not_the_ministry_named_before(gazetteer):
    text = ("The Armenian Defence Ministry said Azerbaijani forces shelled Tegh on Monday. "
            "The foreign ministry said Azerbaijani drones had also struck Goris.")
    assert read(text, gazetteer)["Goris"][2] == "Armenian government (Foreign Ministry)"


def test_local_authorities_are_not_the_side_whose_territory_the_fire_came_from(gazetteer):
    text = "Shells fired from Armenia's territory hit Tartar, the local authorities said."
    assert read(text, gazetteer)["Tartar"][2] != "Armenian government"
