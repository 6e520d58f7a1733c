""""By the same report" takes the claimant told before, even after a paragraph break; a place in the outcome a
condition supposes ("X would be under water if the dam broke") is no event."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 10, 20)


def _events(text, gazetteer):
    return extract_text(text, DAY, gazetteer)


def test_by_the_same_report_after_a_paragraph_break_keeps_the_outlet(gazetteer):
    text = ("Report.az wrote that shells fell on Tartar on Friday.\n\n"
            "By the same report a rocket came down near the bus station in Barda.")
    barda = [e for e in _events(text, gazetteer) if e["place_name"] == "Barda"]
    tartar = [e for e in _events(text, gazetteer) if e["place_name"] == "Tartar"]
    assert barda and tartar and barda[0]["claimed_by"] == tartar[0]["claimed_by"] != ""


def test_a_shell_in_the_voice_of_the_article_after_it_has_no_claimant(gazetteer):
    text = ("Report.az wrote that shells fell on Tartar on Friday.\n\n"
            "A rocket came down near the bus station in Barda.")
    barda = [e for e in _events(text, gazetteer) if e["place_name"] == "Barda"]
    assert barda and not barda[0]["claimed_by"]


def test_a_town_flooded_only_if_a_dam_broke_is_no_event(gazetteer):
    text = "An engineer warned that the fields down to Sabirabad would be under water if the dam were breached."
    assert "Sabirabad" not in {e["place_name"] for e in _events(text, gazetteer)}


def test_a_town_that_was_flooded_is_kept(gazetteer):
    text = "The fields down to Sabirabad were under water after the river burst its banks on Sunday."
    assert "Sabirabad" in {e["place_name"] for e in _events(text, gazetteer)}
