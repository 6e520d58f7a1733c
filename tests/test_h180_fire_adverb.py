"""A small village as the subject of fire, with an adverb between the auxiliary and the fire ("had also been
heavily shelled", "had all come under fire"), and the sourced Gazakh border villages."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2019, 5, 20)


def _places(text):
    return [e["place"] for e in extract_text(text, DAY)]


def test_adverb_before_been_keeps_small_village():
    assert "Baghanis" in _places("Officials said Baghanis had also been shelled overnight.")


def test_manner_adverb_after_been_keeps_small_village():
    assert "Baghanis" in _places("Baghanis had been heavily shelled for two hours, the mayor said.")


def test_list_with_all_before_come_keeps_every_village():
    places = _places("The ministry said Berkaber, Baghanis and Koti had all come under machine-gun fire.")
    assert "Baghanis" in places and "Koti" in places


def test_adverb_without_fire_is_no_context():
    # no fire after the adverb: a small village named like a word still needs its context
    assert "Baghanis" not in _places("Baghanis had also been quiet for a month.")


def test_gazakh_border_villages_resolve():
    places = _places("Armenian units fired on Gaymagli and on the positions near Gushchu Ayrim, the ministry said.")
    assert "Gaymagli" in places and "Gushchu Ayrim" in places
