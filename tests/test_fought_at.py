"""The past tense of fighting is fighting too: "the men who fought at X" place fighting at X, as "fighting at X" does."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 2, 12)


def _layers(text, gazetteer):
    return {c["place_name"]: c["layer"] for c in extract_text(text, DAY, gazetteer)}


def test_units_that_fought_near_a_village_place_fighting_there(gazetteer):
    assert _layers("Veterans gathered to honour the company that fought near Talish in 1992.", gazetteer) \
        == {"Talish": "shelling"}


def test_fought_on_a_front_named_after_a_town(gazetteer):
    assert _layers("The ministry named the battalions that fought on the Martuni front.", gazetteer) \
        == {"Khojavend": "shelling"}
