"""Unnamed groups speak for what they report, after or before it: organisers, witnesses who recall, residents with a
relative clause between them and their verb, newspapers that have written about something."""

import datetime as dt

from geo.extract import extract_text
from tests.helpers import claimant_of


def test_organisers_after_the_clause_are_its_claimant(gazetteer):
    text = "Some three hundred runners came by bus from Goris for the race on Sunday, organisers said."
    assert claimant_of("Goris", text, gazetteer) == "organisers"


def test_witnesses_who_later_recalled_are_the_claimant(gazetteer):
    text = ("On the night of the vote soldiers closed the road to Martakert and turned back two buses of delegates, "
            "witnesses later recalled.")
    assert claimant_of("Martakert", text, gazetteer) == "witnesses"


def test_residents_named_with_a_where_clause_before_their_verb_are_the_claimant(gazetteer):
    text = ("Residents of Kornidzor, where the old road to Tegh has been closed for a year, said they hoped "
            "the talks would reopen it.")
    assert claimant_of("Kornidzor", text, gazetteer) == "residents"


def test_newspapers_of_both_capitals_that_have_written_about_a_plan_are_each_side_s_media(gazetteer):
    text = ("Neither government has published the plan, but newspapers in Yerevan and Baku have written about "
            "a new road to Nakhchivan.")
    found = {c["claimed_by"] for c in extract_text(text, dt.date(2010, 9, 20), gazetteer, source="test")
             if "Nakhchivan" in c["place_name"].split(";")}
    assert found == {"Armenian media", "Azerbaijani media"}
