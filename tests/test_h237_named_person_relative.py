"""A person named by name, then a relative clause set off by commas that holds its own "and" ("X Y, who lost her home
and had to leave the village of Z, told the paper that ..."), speaks in the verb after the clause: the "and" is the
clause's, no second subject."""

import datetime

from geo.extract import extract_text


def _claimants(text, gazetteer, published="2021-12-31"):
    return {e["place"]: e["claimed_by"]
            for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)}


def test_private_person_with_and_in_her_clause_is_the_claimant(gazetteer):
    text = ("Anush Petrosyan, who lost her house and had to leave the village of Talish, told the newspaper that "
            "the new flat was warm.")
    got = _claimants(text, gazetteer)
    assert "Talish" in got
    assert got["Talish"] == "Anush Petrosyan"


def test_clause_with_a_list_and_a_verb_after_and(gazetteer):
    text = ("Garnik Sargsyan, who kept bees near Martuni and sold honey in the market, told reporters that his "
            "hives had burned.")
    got = _claimants(text, gazetteer)
    assert "Martuni" in got
    assert got["Martuni"] == "Garnik Sargsyan"


# --- near sentences where the rule must not fire ---

def test_restrictive_clause_then_and_joins_two_subjects(gazetteer):
    # no comma before "who": "and" joins residents and officials, the officials speak last
    text = "Residents who fled Talish and local officials said the shelling went on."
    got = _claimants(text, gazetteer)
    assert "Talish" in got
    assert got["Talish"] != "Residents"


def test_closed_clause_then_and_joins_two_subjects(gazetteer):
    text = "The villagers, who fled, and the Armenian defence ministry said the shelling of Talish went on."
    got = _claimants(text, gazetteer)
    assert "Talish" in got
    assert "villagers" not in got["Talish"]


def test_named_official_clause_without_and_unchanged(gazetteer):
    text = ("Artsrun Hovhannisyan, who speaks for the Armenian defence ministry, said the village of Talish was "
            "still held.")
    got = _claimants(text, gazetteer)
    assert got.get("Talish") == "Armenian MoD"
