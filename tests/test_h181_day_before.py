"""A day counted back ("the day before", "the evening before") from the day the sentence before told."""
import datetime as dt

from geo.extract import extract_text

PUBLISHED = dt.date(2022, 6, 10)


def _dates(text):
    return {e["place"]: (e["start_date"], e["date_certain"]) for e in extract_text(text, PUBLISHED)}


def test_day_before_counts_from_the_weekday_told_before():
    got = _dates("On Wednesday the minister opened a school in Fuzuli. The day before, he had toured the new "
                 "hospital in Shusha.")
    assert got["Shusha"] == ("2022-06-07", True)


def test_evening_before_and_counts_from_yesterday_told_before():
    got = _dates("Yesterday the spokesman said the fighting near Fuzuli went on all day. He added that the army "
                 "had entered Shusha the evening before and moved on towards the river.")
    assert got["Shusha"] == ("2022-06-08", True)


def test_day_before_an_event_is_not_counted():
    # the day before another event, which the text does not date: no day read
    got = _dates("On Wednesday the minister opened a school in Fuzuli. The day before the talks he had toured "
                 "the new hospital in Shusha.")
    assert got["Shusha"][0] != "2022-06-07"


def test_sentence_with_its_own_day_keeps_it():
    # a day of the sentence's own dates it, not one counted back from the sentence before
    got = _dates("Shells hit Fuzuli on Sunday. A nurse who had been to Shusha the night before told reporters in "
                 "Barda on Tuesday that the hospital was full.")
    assert got["Shusha"] != ("2022-06-04", True)
