"""A guess about what readers already know ("readers will have seen ...") looks back, not ahead."""
import datetime as dt

from geo.extract import extract_text

WEDNESDAY = dt.date(2024, 9, 4)


def _dates(text, place):
    return [e["start_date"] for e in extract_text(text, WEDNESDAY) if e["place"] == place]


def test_readers_will_have_seen_the_news_of_a_weekday_is_the_past_one():
    text = "Readers will have seen the report of Monday, when the minister opened a new school in Shusha."
    assert _dates(text, "Shusha") == ["2024-09-02"]


def test_you_will_have_heard_looks_back_too():
    text = "You will have heard that on Monday the minister opened a new school in Shusha."
    assert _dates(text, "Shusha") == ["2024-09-02"]


def test_a_plain_future_weekday_still_looks_ahead():
    text = "The minister will open a new school in Shusha on Monday."
    assert _dates(text, "Shusha") == ["2024-09-09"]


def test_a_future_perfect_of_another_verb_still_looks_ahead():
    text = "By Monday the builders will have finished the new school in Shusha."
    assert _dates(text, "Shusha") == ["2024-09-09"]
