"""A town that only says where a craftsman works ("spoons carved by a craftsman in X") is no event there."""
import datetime as dt

from geo.extract import extract_text


def _places(text):
    return {name for e in extract_text(text, dt.date(2013, 11, 2)) for name in e["place"].split(";")}


def test_goods_made_by_a_craftsman_in_a_town():
    assert "Dilijan" not in _places("Wooden spoons carved by a craftsman in Dilijan will be on sale at the door.")


def test_a_potter_in_a_town_whose_work_is_shown():
    assert "Ijevan" not in _places("Bowls thrown by two potters in Ijevan fill the long table by the window.")


def test_a_craftsman_hurt_by_a_shell_in_his_town_stays():
    # negative case: something happened to him there
    assert "Dilijan" in _places("A carpenter in Dilijan was wounded when a shell hit his workshop.")
