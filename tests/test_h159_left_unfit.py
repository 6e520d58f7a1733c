"""Homes left unfit to live in are damage, read as shelling like "damaged"; a survey's count or a flood's is not."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 10, 2)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_block_left_unfit_to_live_in_is_shelling():
    assert _layers("A reporter said two blocks of flats in Tartar had been left unfit to live in.")["Tartar"] == "shelling"


def test_homes_made_uninhabitable_is_shelling():
    assert _layers("Several homes in Barda were made uninhabitable on Sunday.")["Barda"] == "shelling"


def test_houses_found_unfit_in_a_survey_stay_other():
    assert _layers("Of the 200 houses surveyed in Barda, 30 were found unfit to live in, the officials said.")["Barda"] == "other"


def test_homes_left_uninhabitable_by_a_flood_stay_other():
    assert _layers("Homes in Barda were left uninhabitable by the flood.")["Barda"] == "other"
