"""A quantifier standing alone as a sentence's subject ("Few expected ...", "Many feared ...") names no claimant, and
the next sentence's event is not credited to it."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

DAY = dt.date(2023, 6, 20)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize("opening", ["Few expected a war that summer.", "Many feared the worst.",
                                     "Some said the worst was over."])
def test_a_bare_quantifier_is_no_claimant(gazetteer, opening):
    events = extract_text(f"{opening} On Tuesday shells hit Tegh, damaging two houses.", DAY, gazetteer)
    tegh = [e for e in events if e["place"] == "Tegh"]
    assert tegh and tegh[0]["layer"] == "shelling"
    assert tegh[0]["claimed_by"] == ""


def test_others_after_a_group_are_that_group(gazetteer):
    text = ("Several witnesses described the shelling of Tegh on Tuesday. "
            "Others spoke of shells hitting Kornidzor on Wednesday.")
    events = extract_text(text, DAY, gazetteer)
    assert [e["claimed_by"] for e in events if e["place"] == "Kornidzor"] == ["witnesses"]


def test_a_quantified_group_still_speaks(gazetteer):
    events = extract_text("Some residents said shells hit Tegh on Tuesday.", DAY, gazetteer)
    assert [e["claimed_by"] for e in events if e["place"] == "Tegh"] == ["residents"]
