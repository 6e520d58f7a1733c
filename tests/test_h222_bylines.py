"""The head of a ledger, a log or a workshop's sheet, kept or written by a tradesman of a town ("Kept by Anna
Petrosyan, beekeeper, Goris", "Workshop of Aram Sargsyan, potter, Sisian town"), names the writer's town as a byline
does ("By Anna Petrosyan, candle maker, Goris"): no event there. A sentence that only opens with "by" keeps its place."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer):
    return {e["place"] for e in extract_text(text, datetime.date(2024, 3, 1), gazetteer)}


def test_a_ledger_kept_by_a_tradesman_of_a_town(gazetteer):
    assert _places("Kept by Hasmik Harutyunyan, beekeeper, Goris.", gazetteer) == set()


def test_a_workshops_sheet_with_the_town_word(gazetteer):
    assert _places("Workshop of Levon Sargsyan, potter, Sisian town.", gazetteer) == set()


def test_a_log_written_by_a_tradesman_with_its_date(gazetteer):
    assert _places("Written by Karen Avetisyan, saddler, Vayk - 3 February 2024.", gazetteer) == set()


def test_harm_done_by_someone_keeps_the_place(gazetteer):
    text = "Hit by Azerbaijani fire on Tuesday, the school in Goris lost its roof."
    assert "Goris" in _places(text, gazetteer)
