"""Escorted pilgrims: "the same Russian ministry", a journey "from A down to B", "the Sunday service" after a
Sunday told, pilgrims carried to a monastery."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 10, 11)        # a Monday


def _events(text, day=DAY):
    return {place: e for e in extract_text(text, day) for place in e["place"].split(";")}


def test_same_nation_ministry_is_the_ministry_named_before():
    got = _events("On Friday the Russian defence ministry said a shepherd had been wounded near Martakert. "
                  "Later the same Russian ministry reported that its troops had escorted forty pilgrims to Amaras.")
    assert got["Amaras"]["claimed_by"] == "Russian MoD"


def test_same_ministry_without_nation_unchanged():
    got = _events("On Friday the Russian defence ministry said a shepherd had been wounded near Martakert. "
                  "Later the same ministry reported that its troops had escorted forty pilgrims to Amaras.")
    assert got["Amaras"]["claimed_by"] == "Russian MoD"


def test_people_from_a_down_to_b_start_there():
    got = _events("The ministry said that yesterday its troops had escorted sixty pilgrims from Stepanakert "
                  "down to Amaras.")
    assert "Stepanakert" in got


def test_people_from_a_down_in_the_valley_only_locate():
    got = _events("Sixty pilgrims from Stepanakert down in the valley were seen at Amaras.")
    assert "Stepanakert" not in got


def test_weekday_service_is_no_later_weekday():
    got = _events("On Sunday the ministry said a farmer had been wounded near Martakert. "
                  "The ministry said that yesterday its troops had escorted sixty pilgrims to the Sunday service "
                  "at Amaras.")
    assert str(got["Amaras"]["start_date"]) == "2021-10-10"


def test_the_sunday_after_a_told_sunday_still_the_next():
    got = _events("On Sunday the ministry said a farmer had been wounded near Martakert. "
                  "Pilgrims were escorted to Amaras on the Sunday after.")
    assert str(got["Amaras"]["start_date"]) == "2021-10-17"


def test_pilgrims_carried_to_two_monasteries_visit_them():
    got = _events("Last month the Russian defence ministry said that three thousand pilgrims had been carried "
                  "to Amaras and Dadivank in its armoured vehicles.", dt.date(2022, 1, 25))
    assert got["Amaras"]["layer"] == "other"
    assert got["Dadivank"]["layer"] == "other"


def test_grain_carried_to_a_town_stays_a_route():
    got = _events("Last month the Russian defence ministry said that two thousand tonnes of grain had been carried "
                  "to Martuni and Dadivank in its lorries.", dt.date(2022, 1, 25))
    assert all(e["layer"] == "corridors" for e in got.values())
