"""A magazine named again by its kind ("the magazine adds", "the same magazine notes", "by the magazine's count") is
the magazine named before, as "the paper" and "the same daily" are."""

import datetime

from geo.extract import extract_text


def _claims(text, gazetteer):
    """(place, whether the claimant names the magazine) of each event."""
    return [(e["place"], "Region Plus" in e["claimed_by"])
            for e in extract_text(text, datetime.date(2001, 3, 9), gazetteer)]


_OPENING = "The weekly magazine Region Plus reports that a new school has opened in the camp at Beylagan.\n"


def test_the_magazine_adds(gazetteer):
    claims = _claims(_OPENING + "A clinic has also opened at the camp in Imishli, the magazine adds.", gazetteer)
    assert ("Imishli", True) in claims


def test_the_same_magazine_notes(gazetteer):
    claims = _claims(_OPENING + "The same magazine notes that the tents at Sabirabad have worn out.", gazetteer)
    assert ("Sabirabad", True) in claims


def test_by_the_magazines_count(gazetteer):
    claims = _claims(_OPENING + "By the magazine's count some 9,000 people live in the camps around Barda.", gazetteer)
    assert ("Barda", True) in claims


def test_a_magazine_sold_in_a_town_is_no_claimant(gazetteer):
    claims = _claims(_OPENING + "We sold the magazine at the market in Barda until the camps closed.", gazetteer)
    assert ("Barda", True) not in claims
