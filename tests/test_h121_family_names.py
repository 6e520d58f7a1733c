"""A family's farm or house named by its surname is no village, even when a spelling variant of a village's name
reads like it."""
import datetime as dt

from geo.extract import extract_text


def _places(text):
    return {name for e in extract_text(text, dt.date(2023, 9, 27)) for name in e["place"].split(";")}


def test_family_farm_is_no_village():
    text = "Two families from Karabakh are staying at the Hakobyan farm this month."
    assert _places(text) == set()


def test_family_farm_hit_by_shells_is_no_village():
    text = "Shells fell on the Akopyan farm last night."
    assert _places(text) == set()


def test_town_after_the_family_farm_stays():
    # negative case: the town the farm lies near is still read
    text = "Shells fell on the Hakobyan farm near Berd last night."
    assert _places(text) == {"Berd"}
