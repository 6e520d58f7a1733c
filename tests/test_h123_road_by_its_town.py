"""A road set in apposition after one of its own towns ("come round by A, on the A–B road") is the way taken, not a
road that only says where the town lies."""
import datetime as dt

from geo.extract import extract_text


def _rows(text):
    return {(name, e["layer"]) for e in extract_text(text, dt.date(2013, 11, 2)) for name in e["place"].split(";")}


def test_come_round_by_a_town_on_its_own_road():
    rows = _rows("Buses from the border villages now go round by Ijevan, on the Ijevan–Dilijan road, to reach Yerevan.")
    assert ("Dilijan", "corridors") in rows


def test_a_village_on_another_road_is_only_located():
    # negative case: the road says where the village lies, nothing happened on it
    rows = _rows("Shells fell on Areni, on the Yerevan–Yeraskh road, overnight.")
    assert ("Areni", "shelling") in rows
    assert not {name for name, _ in rows} & {"Yerevan", "Yeraskh"}
