"""A road word inside the proper name of a gathering or a body ("the Silk Road Forum", "the Belt and Road
Initiative") is no road: the opening of such a forum in a town is a gathering there, not a road opened."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2023, 11, 3)


def _events(text):
    return {e["place"]: e for e in extract_text(text, _DAY)}


def test_the_opening_of_a_forum_named_after_a_road_is_a_gathering():
    events = _events("On Wednesday the foreign ministers met at the opening of the Silk Road Forum in Tbilisi.")
    assert events["Tbilisi"]["layer"] == "other"
    assert str(events["Tbilisi"]["start_date"]) == "2023-11-01"


def test_a_talk_on_the_belt_and_road_initiative_in_a_town_is_no_route():
    events = _events("Officials met in Gyumri on Monday to discuss the opening of a Belt and Road Initiative office.")
    assert events["Gyumri"]["layer"] == "other"


def test_a_road_opened_to_a_town_stays_a_route():
    assert _events("The road to Tbilisi was opened again on Wednesday.")["Tbilisi"]["layer"] == "corridors"


def test_a_road_named_in_capitals_without_a_body_after_it_stays_a_road():
    assert _events("Police opened the Old Military Road near Ijevan on Wednesday.")["Ijevan"]["layer"] == "corridors"
