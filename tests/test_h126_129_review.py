"""Review of the rules read from heldout126 to heldout129: wordings near a rule's own that it must not change."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 10, 20)


def _layers(text, place, published=DAY):
    return [e["layer"] for e in extract_text(text, published) if place in e["place"].split(";")]


def _places(text, published=DAY):
    return {name for e in extract_text(text, published) for name in e["place"].split(";")}


# --- a channel set off by commas: only the channel that tells, not one a clause is told on or to ---

def test_places_after_according_to_the_channel_stay():
    assert _layers("According to the channel, Tartar, Barda and Goranboy were shelled overnight.",
                   "Tartar") == ["shelling"]


def test_place_after_on_the_channel_stays():
    assert "Stepanakert" in _places("On the state channel, Stepanakert residents described a night of shelling.")


def test_place_after_speaking_to_the_channel_stays():
    assert "Martuni" in _places("Speaking to the channel, Martuni villagers said the shelling went on until dawn.")


def test_place_in_a_list_after_a_report_on_the_channel_stays():
    assert "Barda" in _places("In a report on the channel, Barda, Tartar and Aghdam were named as targets of "
                              "rockets on Tuesday.")


def test_channel_that_tells_still_has_its_name():
    assert "Lori" not in _places("A Telegram channel, Lori 7, says Berdzor was shelled on Monday.")


# --- years lived in a town: the town stays when the sentence tells harm there ---

def test_years_lived_in_a_town_then_a_shell_on_the_house():
    assert "Talish" in _places("The family had lived for 40 years in Talish until a shell destroyed their house "
                               "last week.")


def test_years_lived_in_a_town_and_a_rocket_on_the_house_there():
    assert "Tartar" in _places("The old man had lived for decades in Tartar, and on Monday a rocket hit his house "
                               "there.")


def test_years_lived_in_a_town_now_shelled():
    assert _layers("He has lived for many years in Tartar and now shells fall on it every night.",
                   "Tartar") == ["shelling"]


def test_years_lived_in_a_town_with_no_harm_still_out():
    assert "Sumgayit" not in _places("The refugees had spent two decades in Sumgayit before returning to Fuzuli.")
