"""A capital named as where a government's word came from ("answered a letter from Baku") is whose word it is."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2023, 5, 10)


def places(text):
    return [e["place"] for e in extract_text(text, DAY)]


def test_letter_from_capital_is_no_event():
    assert "Baku" not in places("The water agency says it has replied to a note from Baku about the new dam.")


def test_statement_from_capital_is_no_event():
    found = extract_text("The agency called it the third such statement from Yerevan this week, and said shells had "
                         "hit Tovuz on Monday.", DAY)
    assert [e["place"] for e in found] == ["Tovuz"]
    assert found[0]["layer"] == "shelling"


def test_people_from_capital_stay():
    assert places("A convoy from Baku reached Lachin on Monday.") == ["Baku;Lachin"]


def test_list_of_capitals_the_word_came_from():
    assert places("More news will follow as replies from Ankara, Tbilisi and Moscow come in.") == []


def test_named_outlets_report_keeps_where_it_was_filed():
    assert "Baku" in places("A Reuters report from Baku that day said the army had taken Horadiz.")
