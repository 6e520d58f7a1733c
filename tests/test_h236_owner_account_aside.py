"""A side's account of a day, with the outlet it came through set off ("Yerevan's account of Tuesday, as Armenpress
reported it, was that ..."), is the side's claim; an account of no one named, or a day's account, is the outlet's."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 5, 10)
TOLD = " account{}, as Armenpress reported it, was that Azerbaijani units had fired on houses in Sotk."


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_a_capital_s_account_of_a_day_through_an_outlet_is_the_capital_s():
    assert _claims("Yerevan's" + TOLD.format(" of Tuesday")) == {"Sotk": "Armenian government"}


def test_a_capital_s_account_through_an_outlet_is_the_capital_s():
    assert _claims("Yerevan's" + TOLD.format("")) == {"Sotk": "Armenian government"}


def test_an_account_of_no_one_named_is_the_outlet_s():
    assert _claims("The" + TOLD.format(" of Tuesday")) == {"Sotk": "Armenian media"}


def test_a_day_s_account_is_the_outlet_s():
    assert _claims("Tuesday's" + TOLD.format("")) == {"Sotk": "Armenian media"}


def test_an_account_that_is_no_claim_keeps_the_outlet():
    claims = _claims("Armenpress reported that Yerevan's account was thin, and that shells had hit Sotk.")
    assert claims["Sotk"] == "Armenian media"
