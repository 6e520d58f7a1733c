"""A month looked back to at the head of a sentence ("Back in March, on the 9th, ...") is the month of the ordinal
day after it, as "In March, on the 9th" already is; a place opening the sentence ("Back home in X, on the 9th")
leaves the 9th to the month of publication."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 5, 10)


def _dated(text, gazetteer):
    return {(e["place"], e["start_date"]) for e in extract_text(text, DAY, gazetteer, source="test")
            if e["date_certain"]}


def test_back_in_a_month_dates_the_ordinal_day(gazetteer):
    assert _dated("Back in March, on the 9th, the president laid the first stone of the new village of Juvarli.",
                  gazetteer) == {("Juvarli", "2021-03-09")}
    assert _dated("Already in April, on the 3rd, the army had laid mines around Dedeli.",
                  gazetteer) == {("Dedeli", "2021-04-03")}


def test_back_home_is_no_month(gazetteer):
    assert ("Juvarli", "2021-05-09") in _dated("Back home in Barda, on the 9th, we read that the president laid the "
                                                "first stone of the new village of Juvarli.", gazetteer)
