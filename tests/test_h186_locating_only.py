"""Places that only locate in a shop's or a club's own notes: a schoolteacher or a collector "from" a town (one
person's home, as "a teacher from X"), a town that "lies not far from" a site (where it lies, as "lies near"), and a
supplier named by its town ("from the X collector")."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2022, 6, 1)


def _places(text):
    return {e["place"] for e in extract_text(text, _DAY)}


def test_schoolteacher_from_a_town_only_locates():
    text = ("A schoolteacher from Tovuz ordered four copies of the old atlas for her pupils. "
            "The ministry said shells hit houses in Alibeyli on Monday.")
    assert "Tovuz" not in _places(text)


def test_collector_from_a_town_only_locates():
    text = ("A coin collector from Gazakh came in on Tuesday and bought the last two albums. "
            "The ministry said shells hit houses in Alibeyli on Monday.")
    assert "Gazakh" not in _places(text)


def test_schoolteacher_in_a_shelled_town_is_still_news():
    text = "A schoolteacher was wounded when shells hit Tovuz on Monday, the ministry said."
    assert "Tovuz" in _places(text)


def test_town_lying_not_far_from_a_camp_is_background():
    text = ("Gazakh lies not far from the base where the officers kept watch, and our members saw it built. "
            "The ministry said shells hit houses in Alibeyli on Monday.")
    assert "Gazakh" not in _places(text)


def test_shelling_not_far_from_a_town_is_still_news():
    text = "The ministry said shells fell not far from Gazakh on Monday."
    assert "Gazakh" in _places(text)



def test_supplier_named_by_its_town_only_locates():
    text = "We reopen on Friday, when the new box of prints from the Shamkir collector is due."
    assert "Shamkir" not in _places(text)


def test_fire_from_a_quarry_named_by_its_town_is_still_news():
    assert "Shamkir" in _places("Troops fired from the Shamkir quarry.")
