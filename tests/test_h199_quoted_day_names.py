"""A day and month in quotation marks before a capitalised noun names a thing (the "8 November" Power Plant,
'28 May' Street): no date of the news; the same day written plainly still dates the event."""

import datetime as dt

from geo.extract import extract_text


def _dates(text, gazetteer, published=dt.date(2025, 6, 26)):
    return {(c["place_name"], c["start_date"]) for c in extract_text(text, published, gazetteer)}


def test_a_plant_named_after_a_day_takes_the_weekday_of_the_sentence(gazetteer):
    text = 'On Monday the president opened the "20 January" Power Station in Ganja.'
    assert ("Ganja", "2025-06-23") in _dates(text, gazetteer)


def test_a_street_named_after_a_day_is_no_date(gazetteer):
    text = "A shell hit a house on the '28 May' Street in Tartar."
    found = _dates(text, gazetteer)
    assert "Tartar" in {place for place, _ in found}
    assert ("Tartar", "2025-05-28") not in found


def test_a_plain_day_still_dates_the_event(gazetteer):
    text = "On 20 January a shell hit a house in Tartar."
    assert ("Tartar", "2025-01-20") in _dates(text, gazetteer)
