"""A paragraph that opens by naming the document cited before ("In the same statement it named ...", "The same
bulletin listed ...") goes on with that document's source, as a sentence of the same paragraph would; a paragraph
opening on the same week or day does not."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 9, 24)
FIRST = "Baku's defence ministry said Armenian troops in Chinari had fired on its positions overnight.\n"


def _claims(second):
    return {e["place_name"]: e["claimed_by"] for e in extract_text(FIRST + second, DAY)}


def test_in_the_same_statement_it_named():
    claims = _claims("In the same statement it named Verin Shorzha as another place the shots came from.")
    assert claims["Verin Shorzha"] == claims["Chinari"] != ""


def test_the_same_bulletin_named():
    claims = _claims("The same bulletin named Movses as another place the shots came from.")
    assert claims["Movses"] == claims["Chinari"] != ""


def test_the_same_week_is_no_source():
    claims = _claims("In the same week, shells fell on Movses.")
    assert claims["Movses"] == ""
