"""A correspondent cited again as "the same correspondent" speaks for the outlet named before, as "the same reports"
do ("News.am's correspondent says ... The same correspondent tells me that ..."); a sentence with no speech verb after
it is not attributed."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 3, 2)


def _claims(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY, gazetteer)}


def test_the_same_correspondent_speaks_for_the_outlet(gazetteer):
    text = ("Trend's correspondent, who spent the morning at the court, says shells fell on Tovuz overnight.\n"
            "The same correspondent tells me that by noon today the troops had left their posts near Gazakh.")
    claims = _claims(text, gazetteer)
    assert claims.get("Gazakh") and claims.get("Gazakh") == claims.get("Tovuz")


def test_the_same_correspondent_without_words_is_not_a_claim(gazetteer):
    text = ("Trend's correspondent, who spent the morning at the court, says shells fell on Tovuz overnight.\n"
            "The same correspondent then drove to Gazakh, where troops had left their posts.")
    assert not _claims(text, gazetteer).get("Gazakh")
