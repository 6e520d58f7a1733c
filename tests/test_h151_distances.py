"""A place a far distance is measured from only says where another thing lies: also when the unit is left out of a
second figure ("thirty kilometres from A and about sixty from B")."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2023, 5, 10)


def _places(text):
    return {e["place"] for e in extract_text(text, DAY)}


def test_a_second_figure_in_digits_without_its_unit_measures_from_the_place():
    text = "On Monday the minister opened a new school in Shusha, 20 km from Khankendi and some 60 from Aghdam."
    places = _places(text)
    assert "Shusha" in places and "Aghdam" not in places


def test_a_second_figure_without_its_unit_measures_from_the_place_too():
    text = ("On Monday the minister opened a new school in Shusha, about twenty kilometres from Khankendi "
            "and some sixty from Aghdam.")
    places = _places(text)
    assert "Shusha" in places and "Aghdam" not in places


def test_a_short_second_figure_still_places_the_event():
    text = "On Monday shells fell 20 km from Khankendi and 2 from Aghdam, the ministry said."
    assert "Aghdam" in _places(text)


def test_a_place_after_and_with_no_distance_before_is_kept():
    text = "On Monday the minister opened a new school in Shusha and another one in Aghdam."
    assert {"Shusha", "Aghdam"} <= _places(text)


def test_a_single_figure_in_words_is_left_as_it_was():
    text = "The paper said troops stood on a ridge about thirty kilometres north-west of Aghdam on Monday."
    assert "Aghdam" in _places(text)
