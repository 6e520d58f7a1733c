"""One who "recalls how" something went tells it, as one who "recalls that" does; "recalls how to" do a thing tells
nothing."""

import datetime

from geo.extract import extract_text


def _claims(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, datetime.date(2002, 6, 4), gazetteer)}


def test_recalls_how_tanks_came(gazetteer):
    text = "Writing in a local weekly, Samira Huseynova recalls how tanks drove into her village in the Zangilan district."
    assert _claims(text, gazetteer).get("Zangilan") == "Samira Huseynova"


def test_she_says_after_recalls_how(gazetteer):
    text = ("Samira Huseynova recalls how tanks drove into her village in the Zangilan district.\n"
            "Her family has lived in the camp at Sabirabad since 1993, she says.")
    assert _claims(text, gazetteer).get("Sabirabad") == "Samira Huseynova"


def test_recalls_how_to_is_no_claim(gazetteer):
    text = "Samira Huseynova recalls how to bake bread in a tin oven at the camp in Sabirabad."
    assert _claims(text, gazetteer).get("Sabirabad") == ""
