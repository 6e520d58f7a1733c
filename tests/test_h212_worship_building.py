"""A mosque or a church of a town the sentence names is an event at the town, not at the place whose name the
building bears, nor at the building's own site."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 6, 20)


def places(text):
    return [e["place"] for e in extract_text(text, DAY)]


def test_town_before_the_buildings():
    found = places("In Shusha on Friday the minister opened the Dashalti mosque and later toured the Saatli mosque.")
    assert found == ["Shusha"]


def test_town_then_where():
    found = places("The delegation travelled to Shusha, where it inspected works at the Ashaghi Govhar Agha mosque.")
    assert found == ["Shusha"]


def test_buildings_listed_before_the_town():
    found = places("Clerics prayed on Sunday in the Saatli and Yukhari Govhar Agha mosques in Shusha.")
    assert found == ["Shusha"]


def test_village_mosque_alone_is_the_village():
    assert "Dashalti" in places("On Friday soldiers prayed in the Dashalti mosque for the first time in years.")


def test_far_town_keeps_its_own_event():
    found = places("In Shusha on Friday the minister laid a wreath, and on Saturday he opened the Aghdam mosque.")
    assert "Aghdam" in found and "Shusha" in found


def test_second_name_of_the_building_stays():
    found = places("The cathedral in the town of Shushi, known as Ghazanchetsots, was hit twice on Thursday.")
    assert "Ghazanchetsots" in found
