"""A paper's whole title in one word after its kind ("the paper Sardarabad, ...") is the outlet, not a town."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2023, 5, 10)


def test_one_word_title_after_paper():
    found = extract_text("According to the diaspora paper Sardarabad, a shell hit a barn in Yeraskh on Monday.", DAY)
    assert [e["place"] for e in found] == ["Yeraskh"]
    assert "Sardarabad" in found[0]["claimed_by"]
    assert found[0]["layer"] == "shelling"


def test_weekly_title_tells():
    found = extract_text("The weekly Sardarabad wrote that shots were fired at Yeraskh.", DAY)
    assert [e["place"] for e in found] == ["Yeraskh"]


def test_town_after_paper_word_with_a_preposition_stays():
    assert [e["place"] for e in extract_text("A shell fell on the paper mill in Sardarabad.", DAY)] == ["Sardarabad"]
