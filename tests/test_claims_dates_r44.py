"""Who claims and when, in the kinds read off heldout44's claim and date misses: Karabakh's own security service
named without its side, a body named again by its head noun ("the headquarters"), outlets named by their web
address, "that morning" under a diary's dated heading, a day after "in March of last year", and a weekday in a
release dated by its own numbered heading."""

import datetime as dt
from functools import partial

from bench.eval_extract import _loose
from geo.dates import find_dates
from tests.helpers import claimant_of, rows

DAY = "2022-04-02"
_claimant = partial(claimant_of, published=DAY)


def _date_of(place, text, gazetteer, published=DAY):
    return next(c["start_date"] for c in rows(text, gazetteer, published) if place in c["place_name"].split(";"))


def test_a_bare_security_service_in_a_story_told_from_karabakh_is_karabakh_s(gazetteer):
    text = ("Notes from our community\n"
            "According to the National Security Service, the water main from Armenia burst near Shushi on Monday "
            "after shelling.\n"
            "The ombudsman Gegham Stepanyan said the repair crews were kept away from it.\n")
    assert _loose(_claimant("Shusha", text, gazetteer), "Karabakh National Security Service")


def test_a_security_service_named_again_after_karabakh_s_is_karabakh_s(gazetteer):
    text = ("The Karabakh security service opened a case after the blast.\n"
            "The National Security Service said on Monday that a pipe near Shushi had been damaged.\n")
    assert _loose(_claimant("Shusha", text, gazetteer), "Karabakh National Security Service")


def test_armenia_s_service_stays_armenia_s(gazetteer):
    text = ("Armenia's National Security Service took over new border posts this spring.\n"
            "The National Security Service said on Monday that its border guards had moved into Kirants; Artsakh "
            "officials were not asked.\n")
    assert _claimant("Kirants", text, gazetteer) == "Armenian government (National Security Service)"


def test_the_headquarters_is_the_information_headquarters_named_before(gazetteer):
    text = ("The Information Headquarters said the gas supply had stopped again.\n"
            "The headquarters said the valve near Shushi had been closed by the other side.\n")
    assert _loose(_claimant("Shusha", text, gazetteer), "Karabakh Information Headquarters")


def test_an_outlet_named_by_its_web_address_keeps_its_ending(gazetteer):
    text = "Azerbaijani troops shelled Shushi overnight, according to News.am.\n"
    assert _loose(_claimant("Shusha", text, gazetteer), "News.am")
    text = "According to the rights site Forrights.am, lorries waited near Shushi all night.\n"
    assert _loose(_claimant("Shusha", text, gazetteer), "Forrights.am")


def test_that_morning_under_a_diary_s_dated_heading_is_that_day(gazetteer):
    text = ("Field diary\n"
            "Written by our coordinator | Friday, 16 December 2022\n"
            "Monday, 12 December. We loaded the blankets. That morning protesters blocked the Lachin corridor "
            "below Shushi.\n"
            "Friday, 16 December. Nothing has changed.\n")
    assert _date_of("Lachin corridor", text, gazetteer, "2022-12-16") == "2022-12-12"


def test_that_night_after_a_verb_is_no_day():
    assert find_dates("He said that night raids had stopped.", dt.date(2022, 3, 1), told=dt.date(2022, 2, 1)) == []


def test_a_day_after_a_month_of_last_year_is_that_year_s():
    dates = find_dates("In March of last year the pipe broke near Shushi on the night of 8 March.",
                       dt.date(2023, 2, 11))
    assert dates[-1].start == dt.date(2022, 3, 8)


def test_a_weekday_in_a_release_is_counted_from_its_heading(gazetteer):
    text = ("Press releases, March 2022\n"
            "Press office | Page updated Tuesday, 29 March 2022\n"
            "Release 1 (Wednesday, 9 March). The union says the gas pipe broke down early on Tuesday near "
            "Shushi.\n"
            "Release 2 (Tuesday, 29 March). The union thanks its members.\n")
    assert _date_of("Shusha", text, gazetteer, "2022-03-29") == "2022-03-08"
