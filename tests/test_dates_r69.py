"""Dates of periods, nights and parts of a day told after a strike: "at first until 30 May" is where a suspension
was meant to end, not the day it began, which the sentence states (a day something was put off until is still its
day); "during the same night", a chronology line opened "Same night:" and "Later in the morning" go on from the day
told last, "yesterday" included, not from the report's day."""

import datetime as dt

from tests.helpers import rows


def _day(place, text, gazetteer, published):
    return next(r["start_date"] for r in rows(text, gazetteer, published) if place in r["place_name"].split(";"))


def test_until_is_not_the_day_of_the_suspension(gazetteer):
    text = ("On 14 May the airline suspended its flights between Yerevan and Kapan, at first until 20 May, its "
            "press office said.")
    assert str(_day("Kapan", text, gazetteer, dt.date(2021, 5, 18))) == "2021-05-14"


def test_a_handover_put_off_until_a_day_is_that_day(gazetteer):
    text = "On 14 May the two sides agreed to postpone until 20 May the handover of the Kapan road."
    assert str(_day("Kapan", text, gazetteer, dt.date(2021, 5, 18))) != "2021-05-14"


def test_the_same_night_after_yesterday(gazetteer):
    text = ("The ministry said rockets hit Tartar yesterday at about 02:00.\n"
            "Eleven people were injured.\n"
            "Officials also reported shelling of Barda during the same night.")
    assert str(_day("Barda", text, gazetteer, dt.date(2020, 10, 29))) == "2020-10-28"


def test_a_chronology_line_opened_same_night(gazetteer):
    text = ("Wednesday 28 October: Rockets hit the centre of Barda, the prosecutors say.\n"
            "Same night: Shells are reported to have fallen on Tartar.")
    assert str(_day("Tartar", text, gazetteer, dt.date(2020, 12, 10))) == "2020-10-28"


def test_later_in_the_morning_goes_on_from_yesterday(gazetteer):
    text = ("Rockets hit Barda yesterday at about 03:00, the prosecutors said.\n"
            "Volunteers worked through the night.\n"
            "Later in the morning, the minister said he was on his way to Barda with the diplomatic corps.")
    assert str(_day("Barda", text, gazetteer, dt.date(2020, 10, 29))) == "2020-10-28"
