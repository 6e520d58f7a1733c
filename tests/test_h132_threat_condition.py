"""A place in the if-clause of a threat is an attack supposed, not told: "would go to war if any part of X were
attacked", "will act if Armenia attacks X" give no event at X. Fire told in its own clause stays, and so does a place
in a condition that supposes no attack."""

import datetime as dt

from geo.extract import extract_text


def _places(text, published="2021-08-01"):
    return {name for e in extract_text(text, dt.date.fromisoformat(published)) for name in e["place"].split(";")}


def test_place_supposed_attacked_is_no_event():
    text = "The premier said her country would send troops if any part of Ordubad were attacked.\n"
    assert "Ordubad" not in _places(text)


def test_place_an_enemy_is_warned_off_is_no_event():
    text = "Ankara will respond if Armenian forces shell Julfa again, the minister warned on Monday.\n"
    assert "Julfa" not in _places(text)


def test_fire_told_before_the_threat_stays():
    text = "Troops shelled Ordubad on Monday, and the minister said he would resign if the fire went on.\n"
    assert "Ordubad" in _places(text)
