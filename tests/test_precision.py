"""Places the extractor must not turn into events, and layers and claimants it must read right, on sentences
written for these tests in the ways news reports are written (credits, background, locators, denials)."""

import datetime as dt

import pytest

from geo.extract import extract_text


def extract(text, published="2022-09-14", gazetteer=None):
    return extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")


def places(text, gazetteer, published="2022-09-14"):
    return {c["place_name"] for c in extract(text, published, gazetteer)}


# -- credit lines --------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "(Reporting by Ani Hakobyan in Goris and Farid Aliyev in Ganja; Editing by Mark Stone)",
    "Syunik Daily, Kapan desk",
    "Ganja Courier | 14.09.2022, 08:15 | Society",
    "Goris, September 14, 2022 - Syunik Online",
])
def test_a_credit_or_masthead_line_names_no_event(gazetteer, line):
    text = f"{line}\nShells hit Jermuk overnight, the ministry said."
    assert places(text, gazetteer) == {"Jermuk"}
