"""The village a speaker heads ("who heads the community of X", "the head of neighbouring X") takes the fire the
speaker tells of there."""
import datetime as dt

from geo.extract import extract_text


def _layers(text):
    return {(name, e["layer"]) for e in extract_text(text, dt.date(2013, 2, 22)) for name in e["place"].split(";")}


def test_who_heads_the_community_telling_of_gunfire_there():
    assert ("Movses", "shelling") in _layers(
        "Ararat Avalyan, who heads the community of Movses, told reporters that bullets had hit two houses there "
        "overnight.")


def test_who_heads_the_community_telling_of_a_school_is_no_event():
    # negative case: the post only, nothing that happened there
    assert not {name for name, _ in _layers(
        "Ararat Avalyan, who heads the community of Movses, told reporters that the school would reopen on "
        "Monday.")} & {"Movses"}


def test_the_head_of_a_neighbouring_village_telling_it_was_shot_at():
    assert ("Aygepar", "shelling") in _layers(
        "The head of neighbouring Aygepar told journalists that his village had come under fire as well.")


def test_the_head_of_a_neighbouring_village_telling_of_another_village():
    # negative case: the fire he tells of is at the other village
    assert ("Aygepar", "shelling") not in _layers(
        "The head of neighbouring Aygepar told journalists that shots had hit Berdavan.")
