"""Who claims, in wordings a relayed account takes: "by his later announcement" and "by the X's claim" (as "by his
account"), a ministry that "gave the opposite account of the day, saying", "the agency's correspondent" (the agency)
and a place "by the president's list"."""

import datetime

from bench.eval_extract import _loose
from geo.extract import extract_text

_DAY = datetime.date(2020, 11, 2)


def _claimant(text, place):
    return next(e["claimed_by"] for e in extract_text(text, _DAY) if e["place"].startswith(place))


def test_by_his_later_announcement_is_the_man_named_before():
    text = ("President Aliyev spoke to reporters on Sunday. By his later announcement the army took Hadrut on "
            "Sunday as well.")
    assert _loose(_claimant(text, "Hadrut"), "Ilham Aliyev")


def test_by_the_presidents_claim_is_the_president():
    text = "The town of Hadrut fell on Sunday, by the Azerbaijani president's claim."
    assert _loose(_claimant(text, "Hadrut"), "Ilham Aliyev")


def test_by_a_mans_claim_is_no_owner_version():
    # (a debt or a claim on land: "by" it no one tells anything)
    text = "The army took Hadrut on Sunday, and a farmer there lost his orchard by his neighbour's land claim."
    assert not _loose(_claimant(text, "Hadrut"), "Ilham Aliyev")


def test_ministry_in_capital_giving_the_opposite_account_of_the_day():
    text = ("The ministry in Baku gave the opposite account of the same night, saying it was the other side that had "
            "shelled its troops near Hadrut.")
    assert _loose(_claimant(text, "Hadrut"), "Azerbaijani Defence Ministry")


def test_the_agencys_correspondent_is_the_agency():
    text = ("APA published a report on its crew's trip to Hadrut today. According to the agency's correspondent, "
            "not one house is left standing in Hadrut.")
    events = [e for e in extract_text(text, _DAY) if e["place"] == "Hadrut"]
    assert _loose(events[-1]["claimed_by"], "APA")


def test_a_named_correspondent_is_himself():
    text = ("APA published a report on its crew's trip to Hadrut today. According to Ruslan Mammadov, the agency's "
            "driver, not one house is left standing in Hadrut.")
    events = [e for e in extract_text(text, _DAY) if e["place"] == "Hadrut"]
    assert not _loose(events[-1]["claimed_by"], "APA")


def test_by_the_presidents_list_is_the_president():
    text = "President Aliyev spoke on Sunday. Hadrut was among the places taken that day, by the president's list."
    assert _loose(_claimant(text, "Hadrut"), "Ilham Aliyev")


def test_a_shops_list_is_no_source():
    text = "Hadrut was on the shop's list of deliveries for Sunday."
    assert not _claimant(text, "Hadrut")
