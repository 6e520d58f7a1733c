"""A letterhead closed by a full stop with only the issue's day after it on the same line ("..., stovemaker, Imishli.
Tuesday 13 December 2022") is still the issuer's line: its town only says where the issuer is."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer):
    return {e["place"] for e in extract_text(text, datetime.date(2022, 3, 9), gazetteer)}


BODY = "Armenian forces shelled Tartar on Monday night, the defence ministry said."


def test_letterhead_closed_by_a_stop_before_the_day(gazetteer):
    text = "THE GLAZING NEWS\nA note to our buyers from Ilkin Aliyev, glass cutter, Shamakhi. Wednesday 9 March 2022\n\n" + BODY
    places = _places(text, gazetteer)
    assert "Shamakhi" not in places
    assert "Tartar" in places


def test_letterhead_with_a_posted_day(gazetteer):
    text = "CLUB NEWS\nThe Old Pier Anglers, Lankaran. Posted Wednesday 9 March 2022\n\n" + BODY
    assert "Lankaran" not in _places(text, gazetteer)


def test_a_sentence_of_news_before_the_day_is_kept(gazetteer):
    # a line that tells something with a verb and a place is news, even with a day after it
    text = "THE GLAZING NEWS\nArmenian forces shelled Tartar, Barda. Wednesday 9 March 2022\n\n" + BODY
    places = _places(text, gazetteer)
    assert "Barda" in places
