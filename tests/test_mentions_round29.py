"""Place mentions, round 29: a capital a visit goes to is a place ("visited Baku, Guba and Ganja", "visited Baku on
15 May and Yerevan on 16 May"), not its government; a front sector named by two districts ("the Fuzuli–Khojavend
direction", "the Aghdam–Tartar front") is both districts; places abroad where something happens: a meeting "in Kiev"
(Kyiv's older spelling), a court's sentence, the start of a journey into the region; a seat of power stormed
("burst into the parliament in Yerevan") and an office where something is set up are events in their town."""

import datetime as dt

import pytest

from geo.extract import extract_text


def places(text, gazetteer, published=dt.date(2024, 6, 1)):
    return {name for c in extract_text(text, published, gazetteer) for name in c["place_name"].split(";")}


@pytest.mark.parametrize("text, cities", [
    ("Last spring four students from Tbilisi visited Baku, Shaki and Ganja for a week.", {"Baku"}),
    ("The co-chairs visited Yerevan on 3 March and Baku on 5 March before returning to Vienna.", {"Yerevan", "Baku"}),
    ("The singer, who had visited Yerevan twice before, gave a concert at the stadium.", {"Yerevan"}),
    ("The delegation will be visiting Baku and Yerevan next week.", {"Baku", "Yerevan"}),
])
def test_a_capital_a_visit_goes_to_is_a_place(gazetteer, text, cities):
    found = places(text, gazetteer)
    assert cities <= found, found


def test_a_capital_talked_with_is_still_its_government(gazetteer):
    found = places("The envoy said talks with Baku would go on and visited no one.", gazetteer)
    assert "Baku" not in found, found


def names(text, gazetteer, published=dt.date(2024, 6, 1)):
    return [c["place_name"] for c in extract_text(text, published, gazetteer)]


@pytest.mark.parametrize("text", [
    "A drone was shot down in the Fuzuli–Khojavend direction late on Tuesday, the ministry said.",
    "Sniper fire was reported in the Khojavend–Fuzuli direction overnight.",
    "Two soldiers were wounded on the Fuzuli–Khojavend front on Sunday.",
])
def test_a_front_sector_named_by_two_districts_is_both_districts(gazetteer, text):
    found = names(text, gazetteer)
    assert {"Fuzuli District", "Khojavend District"} <= set(found), found
    assert "Fuzuli" not in found and "Khojavend" not in found, found


@pytest.mark.parametrize("text, city", [
    ("The foreign ministers held another round of talks in Kiev last week.", "Kyiv"),
    ("A court in Budapest convicted the officer of murder in 2006.", "Budapest"),
    ("The prisoner was flown from Budapest to Baku on a chartered plane.", "Budapest"),
    ("In 1999 armed men stormed the parliament in Yerevan and shot the prime minister.", "Yerevan"),
    ("Voters abroad could cast their ballots at the permanent representation in Yerevan.", "Yerevan"),
])
def test_where_something_happens_in_a_city_is_a_place(gazetteer, text, city):
    found = places(text, gazetteer)
    assert city in found, found


@pytest.mark.parametrize("text", [
    "Officials of the parliament in Yerevan declined to comment.",
    "The President's representative in Yerevan said the talks would go on.",
])
def test_a_seat_of_power_that_speaks_is_still_no_place(gazetteer, text):
    found = places(text, gazetteer)
    assert "Yerevan" not in found, found
