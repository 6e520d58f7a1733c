"""An opening "according to X," followed by a speaker named by name and a verb of speaking ("According to News.az,
Aliyev said ...") is the named speaker's claim, the outlet relaying him (the innermost source)."""

import datetime

from geo.extract import extract_text


def _claimants(text, gazetteer, published="2021-10-12"):
    return {e["place"]: e["claimed_by"]
            for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)}


def test_according_to_outlet_then_surname_said(gazetteer):
    text = "According to Trend, Aliyev said the village of Talish had been taken back."
    got = _claimants(text, gazetteer)
    assert "Talish" in got
    assert got["Talish"] == "Azerbaijani presidency (Ilham Aliyev)"


def test_opening_phrase_then_according_then_surname_said(gazetteer):
    text = "In his address, according to Armenpress, Pashinyan said the village of Talish was still held."
    got = _claimants(text, gazetteer)
    assert "Talish" in got
    assert "Pashinyan" in got["Talish"]


# --- near sentences where the rule must not fire ---

def test_according_to_outlet_then_pronoun_said(gazetteer):
    text = "According to Trend, it said the village of Talish had been taken back."
    got = _claimants(text, gazetteer)
    assert got.get("Talish") == "Azerbaijani media"


def test_according_to_outlet_then_no_speech(gazetteer):
    text = "According to Trend, Azerbaijani troops took the village of Talish on Monday."
    got = _claimants(text, gazetteer)
    assert got.get("Talish") == "Azerbaijani media"


def test_inverted_according_still_the_outlet(gazetteer):
    text = "The village of Talish was taken back on Monday, according to Trend."
    got = _claimants(text, gazetteer)
    assert got.get("Talish") == "Azerbaijani media"
