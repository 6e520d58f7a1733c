"""A paper whose own name is its nation and kind, both capitalised ("The Armenian Weekly"), keeps that name as the
claimant; an Armenian weekly named by its kind alone stays the nation's press."""
import datetime as dt

from geo.extract import extract_text


def _claims(text):
    return {(name, e["claimed_by"]) for e in extract_text(text, dt.date(2024, 2, 3)) for name in e["place"].split(";")}


def test_a_titled_paper_keeps_its_name():
    claims = _claims("The Georgian Weekly reported that shells had fallen near Berdashen on Tuesday night.")
    assert ("Berdashen", "Georgian Weekly") in claims


def test_a_titled_paper_closing_the_sentence_keeps_its_name():
    claims = _claims("Shells had fallen near Berdashen on Tuesday night, the Armenian Daily reported.")
    assert ("Berdashen", "Armenian Daily") in claims


def test_a_paper_named_by_nation_and_kind_is_the_nations_press():
    # negative case: a weekly of that nation, no name of its own
    claims = _claims("An Armenian weekly reported that shells had fallen near Berdashen on Tuesday night.")
    assert ("Berdashen", "Armenian media") in claims
