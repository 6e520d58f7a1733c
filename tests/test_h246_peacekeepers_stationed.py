"""Peacekeepers told as stationed in a place, with a verb of being, keep a post there: a checkpoints event."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 8, 2)


def _events(text):
    return [(e["place"], e["layer"]) for e in extract_text(text, DAY)]


def test_peacekeepers_now_stationed_in_a_village():
    assert _events("Villagers said Russian peacekeepers were now stationed in Aghavno and the shops had reopened.") == \
        [("Aghavno", "checkpoints")]


def test_peacekeepers_stationed_at_a_village_present_tense():
    assert _events("Since the summer, Russian peacekeepers are stationed at Sarushen, the village head told us.") == \
        [("Sarushen", "checkpoints")]


def test_a_base_named_in_passing_is_no_post():
    assert ("Stepanakert", "checkpoints") not in _events(
        "Russian peacekeepers stationed in Stepanakert said Azerbaijani troops fired on Martuni.")


def test_a_base_in_an_aside_is_no_post():
    assert ("Stepanakert", "checkpoints") not in _events(
        "The peacekeepers, who are stationed in Stepanakert, said Azerbaijani troops fired on Martuni.")


def test_peacekeepers_sent_somewhere_are_not_stationed_there():
    assert _events("Russian peacekeepers were sent to Aghavno on Monday.") != [("Aghavno", "checkpoints")]


def test_peacekeepers_stationed_there_meeting_people_is_no_post():
    assert _events("Russian peacekeepers stationed in Sarushen met the villagers.") != [("Sarushen", "checkpoints")]
