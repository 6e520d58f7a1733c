"""A place said to have "passed to" the other side was handed over (heldout126; older sets file 5 of 6 such places
as other, the handover), also when a road's closure follows in the sentence."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 11, 26)


def _layers(text, place):
    return [e["layer"] for e in extract_text(text, DAY) if place in e["place"].split(";")]


def test_town_passed_to_the_other_side_is_a_handover():
    assert _layers("When Lachin passed to Azerbaijan on Tuesday, the Goris–Stepanakert road stayed open.",
                   "Lachin") == ["other"]


def test_district_passes_to_the_other_side_is_a_handover():
    assert _layers("On Wednesday Aghdam passes to Azerbaijan, and the road to Askeran closes, the government said.",
                   "Aghdam") == ["other"]


def test_goods_that_passed_to_a_country_on_a_road_stay_on_the_road():
    assert _layers("Forty lorries of grain passed to Armenia through Meghri on Tuesday.", "Meghri") == ["corridors"]
