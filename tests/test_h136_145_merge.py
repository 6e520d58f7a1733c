"""Rules of two reading rounds meeting at merge time: a person held by soldiers and later sent back is a release,
not soldiers turning people back at a post."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 6, 12)


def _layers(text):
    return {(e["place"], e["layer"]) for e in extract_text(text, DAY)}


def test_held_by_soldiers_then_sent_back_is_no_checkpoint():
    text = ("A shepherd from Khachik was held by Azerbaijani soldiers for about nine days before being sent back, "
            "a Yerevan daily reported.")
    assert ("Khachik", "checkpoints") not in _layers(text)


def test_soldiers_turning_people_back_stay_a_checkpoint():
    text = "Soldiers at the post outside Tegh turned back two lorries of hay on Monday, the village head said."
    assert ("Tegh", "checkpoints") in _layers(text)
