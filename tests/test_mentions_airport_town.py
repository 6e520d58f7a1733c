"""An airport named with the town it serves ("the Fuzuli International Airport in Fuzuli", "Zvartnots airport in
Yerevan") is a place of its own, outside the town: the airport is the event's place and the town only says which
one it is. A landmark in its town ("the cathedral in Shushi") is still the town's."""

import datetime as dt

import pytest

from geo.extract import extract_text


def places(text, gazetteer, published=dt.date(2024, 6, 1)):
    return {name for c in extract_text(text, published, gazetteer) for name in c["place_name"].split(";")}


@pytest.mark.parametrize("text, airport, town", [
    ("A new radar was installed at the Fuzuli International Airport in Fuzuli on Friday, officials said.",
     "Fuzuli International Airport", "Fuzuli"),
    ("Officials said a plane landed at Zvartnots airport in Yerevan after a bomb threat.",
     "Zvartnots International Airport", "Yerevan"),
    ("Engineers repaired the runway of the Stepanakert Airport in the town of Khankendi, the agency said.",
     "Stepanakert Airport", "Stepanakert"),
])
def test_an_airport_named_with_its_town_is_the_place_not_the_town(text, airport, town, gazetteer):
    found = places(text, gazetteer)
    assert airport in found and town not in found, found


def test_a_landmark_named_with_its_town_is_still_the_town(gazetteer):
    found = places("Pilgrims gathered at the Ghazanchetsots cathedral in Shushi on Sunday, the diocese said.",
                   gazetteer)
    assert "Shusha" in found and "Ghazanchetsots Cathedral" not in found, found
