"""Dates, claimants and layers of news told in a few more shapes: a day written after the weekday it fell on in an
earlier year, a release dated before its verb, "the administration said", outlets named by their own names, victims
hit while at work near a place, and vehicles that left for a town."""

import datetime as dt

from geo.dates import find_dates
from tests.helpers import claimants, place_layers, rows


def _days(sentence, published):
    return [span.start for span in find_dates(sentence, published)]


def test_a_weekday_before_a_day_picks_its_year():
    # 8 November 2020 was a Sunday, 8 November 2021 a Monday: a post of 4 November 2021 means 2020
    assert _days("On Sunday, 8 November, the town was shelled.", dt.date(2021, 11, 4)) == [dt.date(2020, 11, 8)]


def test_a_weekday_that_fits_keeps_the_year():
    assert _days("On Monday, 8 November, the town was shelled.", dt.date(2021, 11, 20)) == [dt.date(2021, 11, 8)]


def test_a_written_year_is_kept_whatever_the_weekday():
    assert _days("On Sunday, 8 November 2021, the town was shelled.", dt.date(2021, 11, 20)) == [dt.date(2021, 11, 8)]


def test_the_date_a_weekday_fixed_carries_to_the_place(gazetteer):
    found = rows("On Sunday, 8 November, Goris came under fire, the ministry said.", gazetteer, "2021-11-04")
    assert [r["start_date"] for r in found if r["place_name"] == "Goris"] == ["2020-11-08"]


def test_a_release_dated_before_its_verb_is_no_month_claimant(gazetteer):
    text = ("The Armenian defence ministry's release on 4 November said the night had been tense. "
            "An hour later, the release said, shells fell on Goris.")
    assert claimants(text, gazetteer, "2021-11-20")["Goris"] == "Armenian MoD"


def test_the_administration_is_the_one_named_before(gazetteer):
    text = ("Baku's presidential administration said aid had been sent to Aghdam. "
            "Ten lorries reached Fuzuli the next day, the administration said.")
    assert claimants(text, gazetteer)["Fuzuli"] == "Azerbaijani presidency (Ilham Aliyev)"


def test_the_administration_is_no_other_speaker_named_before(gazetteer):
    text = ("Stepanakert came under fire overnight, the Armenian defence ministry said. "
            "Fire engines left for Askeran on Tuesday, the administration said.")
    assert claimants(text, gazetteer)["Askeran"] != "Armenian MoD"


def test_outlets_named_are_their_sides_media(gazetteer):
    assert claimants("Kapan was shelled overnight, the weekly Asbarez reported.", gazetteer)["Kapan"] == "Armenian media"
    assert claimants("Tovuz was shelled overnight, the Baku site Caliber reported.", gazetteer)["Tovuz"] == \
        "Azerbaijani media"


def test_victims_at_work_near_a_town_were_hit_there(gazetteer):
    text = "Troops killed one man and wounded two others who were mending fences just outside Martakert."
    assert place_layers(text, gazetteer)["Martakert"] == "shelling"


def test_vehicles_that_left_for_a_town_are_on_their_way(gazetteer):
    text = "On Tuesday, twelve fire engines of the emergencies ministry left for Kapan with their crews."
    assert place_layers(text, gazetteer)["Kapan"] == "corridors"


def test_families_that_left_for_a_town_still_found_refuge_there(gazetteer):
    assert place_layers("In cars and buses, families left for Goris.", gazetteer)["Goris"] == "other"


def test_fire_fighting_is_no_fighting(gazetteer):
    assert place_layers("A fire-fighting plane dropped water on the forest near Kapan.", gazetteer)["Kapan"] != "shelling"


def test_a_weekday_that_fits_no_near_year_is_a_slip():
    # 18 September 2020 was a Friday, and neither 2019's nor 2021's was a Monday: the day is kept
    assert _days("On Monday, 18 September, the road opened.", dt.date(2020, 9, 25)) == [dt.date(2020, 9, 18)]
