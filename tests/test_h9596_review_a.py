"""A review of the mine-blast and plural-noun readings.

* A mine laid of late by saboteurs ("planted by saboteurs", "a newly planted mine") is an attack and stays on the
  shelling layer; a mine left from the war that went off is still a blast ("other").
* A sentence's first word before "are / were / have" is dropped as a plural noun only when it ends in -s ("Dogs are
  ..."); a town named with a loose plural verb ("Tartar were under fire again") stays.
"""

import datetime as dt

import pytest

from geo.extract import extract_text


def _layers(text, gazetteer, published=dt.date(2022, 8, 2)):
    return {e["place_name"]: e["layer"] for e in extract_text(text, published, gazetteer, source="test")}


@pytest.mark.parametrize("text, place", [
    ("A mine planted by saboteurs killed two soldiers near Fuzuli on Sunday.", "Fuzuli"),
    ("A mine laid by saboteurs exploded under an army truck near Lachin, wounding three soldiers.", "Lachin"),
    ("Three soldiers were wounded near Kalbajar when their vehicle hit a newly planted mine.", "Kalbajar"),
])
def test_a_mine_laid_by_saboteurs_is_an_attack(gazetteer, text, place):
    assert _layers(text, gazetteer).get(place) == "shelling"


def test_a_mine_left_from_the_war_is_still_a_blast(gazetteer):
    # (negative: a mine laid during the occupation that went off is no attack of the day)
    found = _layers("A shepherd was killed by a mine laid by Armenian forces during the occupation near Fuzuli.",
                    gazetteer)
    assert found.get("Fuzuli") == "other"


@pytest.mark.parametrize("text, place", [
    ("Tartar were under fire again on Monday, the ministry said.", "Tartar"),
    ("Shusha were shelled overnight, the ministry said.", "Shusha"),
])
def test_a_town_with_a_loose_plural_verb_stays(gazetteer, text, place):
    assert _layers(text, gazetteer).get(place) == "shelling"


def test_a_plural_noun_in_s_is_still_no_town(gazetteer):
    # (negative: "Dogs" spells the village Doghs, and stays dropped)
    assert "Doghs" not in _layers("Dogs are welcome in the garden, the hotel said.", gazetteer)
