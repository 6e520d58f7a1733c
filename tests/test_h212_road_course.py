"""A road's course told from the older road it branches off ("It leaves the old highway at X and climbs through the A
and B districts") is geography, no event at its places."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 9, 5)


def places(text):
    return [e["place"] for e in extract_text(text, DAY)]


def test_course_from_the_older_road():
    assert places("The new road leaves the main highway at Horadiz and winds through the Fuzuli and Khojavend "
                  "districts to the town.") == []


def test_pronoun_course_from_the_older_road():
    assert places("It leaves the old highway near Horadiz and runs for some sixty kilometres to Hadrut.") == []


def test_a_convoy_leaving_the_highway_is_told():
    found = places("On Monday the aid convoy left the main highway at Horadiz and drove on to Hadrut.")
    assert "Horadiz" in found or "Hadrut" in found
