"""Soldiers counted dead at a place, dead in "separate firing", or killed "there": fire at that place."""
import datetime as dt

from geo.extract import extract_text


def _layers(text):
    return {(name, e["layer"]) for e in extract_text(text, dt.date(2012, 6, 10)) for name in e["place"].split(";")}


def test_soldiers_counted_dead_at_a_village_is_fire_there():
    assert ("Berdavan", "shelling") in _layers("On Monday three Armenian soldiers died at Berdavan.")


def test_two_of_a_family_dying_in_a_town_is_no_fire():
    # negative case: a count "of" people, as in a biography, tells no fight
    assert ("Ijevan", "shelling") not in _layers("Two of her uncles died in Ijevan long before the war.")


def test_a_soldier_dead_in_separate_firing_is_fire_there():
    assert ("Berdavan", "shelling") in _layers(
        "The ministry said another soldier had died in separate firing near Berdavan.")


def test_a_separate_meeting_is_no_fire():
    # negative case: "separate" before another noun
    assert ("Berdavan", "shelling") not in _layers("The ministry said it had held a separate meeting in Berdavan.")


def test_killed_there_after_the_place_is_fire_there():
    assert ("Chinari", "shelling") in _layers(
        "The hills near Chinari were quieter this spring than in 2012, when two soldiers were killed there.")


def test_killed_there_in_a_crash_is_no_fire():
    # negative case: another cause told
    assert ("Chinari", "shelling") not in _layers(
        "The road near Chinari was busy in 2012, when two drivers were killed there in a crash.")
