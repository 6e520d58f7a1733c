"""A place named only in what a work is meant, designed or intended to do ("the substation was meant to link X and Y
to the grid") is its purpose: no event there. People meant to be moved, or a work the sentence then tells was hit,
keep their places."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 12, 28)


def _places(text, gazetteer):
    return {e["place_name"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_a_line_meant_to_link_towns_to_the_grid(gazetteer):
    places = _places("The new power line opened in Fuzuli on Monday, and officials said it was meant to link Jabrayil "
                     "and Zangilan to the national grid.", gazetteer)
    assert "Fuzuli" in places
    assert not places & {"Jabrayil", "Zangilan"}


def test_a_bridge_designed_to_connect_two_villages(gazetteer):
    places = _places("Work on the bridge over the Hakari began last week; it is designed to connect Lachin with "
                     "Gubadly.", gazetteer)
    assert "Gubadly" not in places


def test_a_road_intended_to_let_drivers_skirt_a_town(gazetteer):
    places = _places("The bypass is intended to let lorries from Barda skirt Tartar.", gazetteer)
    assert not places & {"Barda", "Tartar"}


def test_a_road_meant_to_link_towns_that_was_shelled(gazetteer):
    places = _places("The ministry said the road, which was meant to link Martuni with Stepanakert, was shelled on "
                     "Monday.", gazetteer)
    assert "Martuni" in places or "Khojavend" in places


def test_people_meant_to_be_evacuated_keep_their_town(gazetteer):
    places = _places("The families were meant to be evacuated from Martakert on Sunday, but the buses never came.",
                     gazetteer)
    assert "Martakert" in places


def test_a_convoy_meant_to_reach_a_town_keeps_it(gazetteer):
    places = _places("The aid convoy, which was meant to reach Stepanakert on Friday, was stopped at the Hakari "
                     "bridge.", gazetteer)
    assert "Stepanakert" in places
