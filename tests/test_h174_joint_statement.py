"""A joint statement of two bodies, as the subject of a verb of speaking, is the first body's claim."""
import datetime as dt

from geo.extract import extract_text
from geo.extract.claims import find_attributions

DAY = dt.date(2021, 3, 9)


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_joint_statement_of_two_bodies_is_the_first_body():
    text = ("A joint statement of Azerbaijan's defence ministry and the State Security Service said on Monday "
            "that saboteurs had fired at soldiers near Fuzuli.")
    assert _claims(text)["Fuzuli"] == "Azerbaijani MoD"


def test_the_joint_statement_names_its_issuer():
    text = ("The joint statement by Azerbaijan's defence ministry and the border service said troops had come "
            "under fire near Lachin.")
    assert _claims(text)["Lachin"] == "Azerbaijani MoD"


def test_joint_statement_after_a_capital_named_before():
    text = ("Baku gave its own version: a joint statement of its defence ministry and State Security Service "
            "said soldiers had been shot at near Fuzuli.")
    assert _claims(text)["Fuzuli"] == "Azerbaijani MoD"


def test_two_bodies_without_a_document_unchanged():
    # negative: the pair read as before, not through the new rule
    text = "The Prosecutor General's Office and the Interior Ministry said shells had hit Tartar."
    who = find_attributions(text)[0].who
    assert "Prosecutor" in who


def test_a_statement_of_one_body_unchanged():
    # negative: one body, no "and": still the statement of that body
    text = "A statement of Azerbaijan's defence ministry said shells had hit Tartar on Monday."
    assert _claims(text)["Tartar"] == "Azerbaijani MoD"
