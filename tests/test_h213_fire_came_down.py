"""Fire or a drone that came down in a town of a neighbour's border province is read as an event there, also when
told as having "fallen" or "come down", as a drone or aircraft "shot down" or "brought down" over the town (either
word order), or as landing on a part of the town's land ("the edge of", "the fields of"). A border town abroad
named for anything else stays no event."""

import datetime as dt
import unicodedata

import pytest

from tests.helpers import rows

DAY = dt.date(2020, 10, 20)


def _plain(name):
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _events(text, gazetteer):
    return {(_plain(r["place_name"]), r["layer"], r["start_date"]) for r in rows(text, gazetteer, DAY)}


@pytest.mark.parametrize("text, place", [
    ("Iranian officials said a dozen mortar bombs had fallen in Poldasht on Monday.", "Poldasht"),
    ("A small drone had come down near Germi on Monday, Iranian police said.", "Germi"),
    ("Iranian air defences shot down a drone over Bileh Savar on Monday.", "Bileh Savar"),
    ("Iran's army said it had brought the drone down near Kaleybar on Monday.", "Kaleybar"),
    ("A reconnaissance drone was shot down above Poldasht on Monday, Iranian media said.", "Poldasht"),
    ("A stray rocket came down on the outskirts of Germi on Monday, Iranian officials said.", "Germi"),
    ("Two shells landed in the fields of Bileh Savar on Monday, Iran's border guards said.", "Bileh Savar"),
])
def test_fire_come_down_in_a_border_town_abroad(gazetteer, text, place):
    found = _events(text, gazetteer)
    assert any(name == place and layer == "shelling" and date == "2020-10-19"
               for name, layer, date in found), found


@pytest.mark.parametrize("text", [
    "Iranian traders came down to Germi on Monday to buy wool.",
    "The governor of Iran's Bileh Savar county shot down the rumours on Monday.",
    "Iranian officials in Poldasht said on Monday that the harvest had fallen by a tenth.",
])
def test_border_town_abroad_without_fire_come_down_is_no_event(gazetteer, text):
    assert _events(text, gazetteer) == set()
