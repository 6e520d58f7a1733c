"""Days of an anniversary piece, and "that day" after a day told before."""

import datetime as dt

from geo.dates import anniversary_years
from geo.extract import extract_text


def dates(text, gazetteer, published):
    return {c["place_name"]: c["start_date"]
            for c in extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")}


def test_a_year_ago_today_is_that_day_of_last_year(gazetteer):
    found = dates("A year ago today, Azerbaijan took over the Kalbajar district.", gazetteer, "2021-11-25")
    assert found["Kalbajar District"] == "2020-11-25"


def test_an_anniversary_piece_keeps_the_days_of_its_season_in_the_year_looked_back_on(gazetteer):
    found = dates("Ten years ago today, shells hit Tavush. On 20 November the shelling reached Berd.",
                  gazetteer, "2021-11-25")
    assert found["Berd"] == "2011-11-20"


def test_a_sentence_that_looks_back_from_today_stays_today_s(gazetteer):
    found = dates("Two years ago today Armenian troops left Aghdam. On 22 November veterans met in Baku to "
                  "commemorate the handover.", gazetteer, "2021-11-25")
    assert found["Aghdam"] == "2019-11-25"
    assert found["Baku"] == "2021-11-22"


def test_a_year_ago_without_today_is_no_anniversary_piece(gazetteer):
    found = dates("A year ago, on 12 September 2022, shells fell on Jermuk. On 18 September troops moved "
                  "on Stepanakert.", gazetteer, "2023-09-21")
    assert found["Stepanakert"] == "2023-09-18"


def test_that_day_after_a_day_told_before_is_that_day(gazetteer):
    found = dates("Armenian units left the Lachin district on 1 December 2020. On that day most residents of "
                  "Sus left.", gazetteer, "2022-09-12")
    assert found["Sus"] == "2020-12-01"


def test_that_day_ending_its_clause_after_a_since_day(gazetteer):
    found = dates("Since Friday, 26 August, the old road is closed. Troops entered Aghavno that day, the "
                  "president said.", gazetteer, "2022-08-29")
    assert found["Aghavno"] == "2022-08-26"


def test_every_count_an_anniversary_opener_takes_is_read():
    assert anniversary_years("Eleven years ago today, the first convoy crossed the bridge.") == 11
    assert anniversary_years("Fifteen years ago this week the talks began in Kazan.") == 15
    assert anniversary_years("Twenty-two years ago today the ceasefire was signed.") == 22
