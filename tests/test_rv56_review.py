"""Sentences worded apart from the sets the latest rules came from: where they should fire and where they must not."""

import datetime

import pytest

from geo.extract import extract_text


def _events(text, gazetteer, published="2023-09-12"):
    return {e["place_name"]: e for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer,
                                                     source="test")}


# --- an outlet's or a side's report is its claim, but a report card is no one's telling ---

@pytest.mark.parametrize("text, place", [
    ("By Aliyev's report card, the economy in Fuzuli grew.", "Fuzuli"),
    ("In the Armenian report card, Goris scored well.", "Goris"),
])
def test_a_report_card_names_no_claimant(gazetteer, text, place):
    assert _events(text, gazetteer)[place]["claimed_by"] == ""


def test_an_agencys_report_closing_the_sentence_is_its_claim(gazetteer):
    got = _events("Two shells fell on Tegh overnight, by Armenpress's report.", gazetteer)
    assert got["Tegh"]["claimed_by"] == "Armenian media"
    assert got["Tegh"]["layer"] == "shelling"
