"""An outlet's report named as the teller of a sentence ("By AZERTAC's report ...", "In Trend's report, ...") is
that outlet's claim, as "by Trend's account" or "by Trend's count" is; a report that is no source's telling (a
day's, a school's report card, a report read by someone else) names no claimant."""

import datetime as dt

import pytest

from geo.extract import extract_text
from tests.helpers import claimants

PUBLISHED = dt.date(2023, 9, 12)


@pytest.mark.parametrize("text, place, expected", [
    ("By AZERTAC's report forty families settled in Fuzuli on Monday.", "Fuzuli", "Azerbaijani media"),
    ("In Trend's report, a mine went off near Aghdam on Sunday.", "Aghdam", "Azerbaijani media"),
    ("By Armenpress's report two shells fell on Tegh overnight.", "Tegh", "Armenian media"),
    ("In Pashinyan's report to parliament, he said Tegh was shelled on Monday.", "Tegh", "Armenian PM (Nikol Pashinyan)"),
])
def test_an_outlets_report_is_its_claim(gazetteer, text, place, expected):
    assert claimants(text, gazetteer, PUBLISHED)[place] == expected


@pytest.mark.parametrize("text, place", [
    # a day's report: no one's telling
    ("By Monday's report forty families settled in Fuzuli.", "Fuzuli"),
    # a report read, not told: the reader is no teller
    ("The governor read Armenia's reports about Tegh to the visitors.", "Tegh"),
    # a pupil's report card kept in a town: no claim about the town
    ("Forty families settled in Fuzuli, by Farid's report card.", "Fuzuli"),
    # a report as a noun of its own, no owner before it
    ("By the end of the report forty families had settled in Fuzuli.", "Fuzuli"),
])
def test_a_report_no_source_tells_names_no_claimant(gazetteer, text, place):
    assert claimants(text, gazetteer, PUBLISHED)[place] == ""


def test_the_report_keeps_the_place_layer_and_day(gazetteer):
    events = extract_text("By AZERTAC's report forty families settled in Fuzuli on Monday.", PUBLISHED, gazetteer)
    (event,) = [e for e in events if e["place_name"] == "Fuzuli"]
    assert event["layer"] == "other"
    assert event["start_date"] == "2023-09-11"
    assert event["claimed_by"] == "Azerbaijani media"
