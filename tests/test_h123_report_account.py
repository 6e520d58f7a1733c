"""Whose account a sentence gives: "by the report's account", "by the account of the ministry in X", and a label a
relative clause gives a road ("which a driver described as a track"), which names no teller of the news."""
import datetime as dt

from geo.extract import extract_text
from geo.extract.claims import find_attributions


def _claims(text, day=dt.date(2014, 1, 10)):
    return {(name, e["claimed_by"]) for e in extract_text(text, day) for name in e["place"].split(";")}


def test_by_the_account_of_a_body_is_its_claim():
    assert any(a.who == "the ministry in Baku" for a in find_attributions(
        "On Monday, by the account of the ministry in Baku, shells hit Horadiz."))


def test_the_account_of_the_fighting_names_no_teller():
    # negative case: the account of events, not of a body
    assert find_attributions("By the account of the fighting in the book, shells hit Horadiz.") == []


def test_by_the_report_s_account_is_the_report_named_before():
    # (a paragraph of its own: the report is not the default of the paragraph before)
    text = ("Hetq reported today that villagers now drive out through Berd on the Berd–Chambarak road.\n"
            "The only other road, by the report's account, is the Berd-Ijevan road.")
    assert ("Ijevan", "Armenian media") in _claims(text)


def test_a_label_in_a_relative_clause_tells_no_news_of_the_road():
    text = ("Hetq reported today that villagers now drive out through Berd on the Berd–Chambarak road. "
            "The only other road, by the report's account, is the Berd-Ijevan road, which a teacher from Berd "
            "described as hardly better than a goat path. "
            "It wrote that the authorities had shut the stretch of the highway that passes Movses.")
    claims = _claims(text)
    assert ("Ijevan", "Armenian media") in claims
    assert ("Movses", "Armenian media") in claims


def test_a_label_naming_the_place_in_its_words_keeps_its_teller():
    # negative case: what the relative clause's speaker says of a place it names is that speaker's
    text = ("I asked him about the shooting of 9 December, which the Armenian defence ministry described as heavy "
            "fire on Armenian positions near Sotk.")
    assert ("Sotk", "Armenian MoD") in _claims(text, dt.date(2021, 12, 20))
