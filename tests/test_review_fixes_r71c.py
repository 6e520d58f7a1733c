"""Sentences where the r71c rules misfired: ruins that "testified to" years of neglect and men who "testified against"
an officer (no account given, yet read as speakers); "The agencies said" after aid agencies were named (read as the
news wires); a prisoner "Released by Azerbaijan, the soldiers flew home" (read as a document's publisher line, so a
later "according to the report" became Baku's); and a day without its year after an old history in the same
paragraph once a later year was written ("They held it until 2020") or the story leapt on ("Thirty years later, on
28 May"), both given to the old history's year instead of the report's."""

import datetime as dt

from tests.helpers import claimant_of, rows


def _days(place, text, gazetteer, published):
    return [str(c["start_date"]) for c in rows(text, gazetteer, published) if c["place_name"] == place]


def test_ruins_that_testified_to_neglect_are_no_speakers(gazetteer):
    text = "The ruins of Aghdam testified to years of neglect."
    assert claimant_of("Aghdam", text, gazetteer) == ""


def test_men_who_testified_against_an_officer_give_no_account_of_the_place(gazetteer):
    text = "Armed men in Lachin testified against the officer in court."
    assert claimant_of("Lachin", text, gazetteer) == ""


def test_a_witness_who_testified_before_a_court_that_still_speaks(gazetteer):
    text = "The driver testified before the court that he had seen tanks near Lachin."
    assert claimant_of("Lachin", text, gazetteer) != ""


def test_the_agencies_after_aid_agencies_are_no_wires(gazetteer):
    text = ("Aid agencies warned of shortages in Tartar. The agencies said 300 people had fled Beylagan. "
            "The agencies added that shells hit Barda.")
    # (the aid agencies heard before speak for themselves: never the news agencies)
    assert claimant_of("Beylagan", text, gazetteer).lower() in ("", "aid agencies")
    assert claimant_of("Barda", text, gazetteer).lower() in ("", "aid agencies")


def test_the_agencies_after_news_agencies_are_still_the_wires(gazetteer):
    text = ("Aid agencies warned of shortages in Tartar. News agencies said shells hit Beylagan. "
            "The agencies added that shells hit Barda.")
    assert "agencies" in claimant_of("Barda", text, gazetteer).lower()


def test_a_prisoner_released_by_a_state_is_no_publisher_line(gazetteer):
    text = "Released by Azerbaijan, the soldiers flew home to Yerevan.\n\nAccording to the report, shells hit Tartar."
    assert claimant_of("Tartar", text, gazetteer) != "Azerbaijani government"


def test_a_publisher_line_without_its_colon_still_names_the_publisher(gazetteer):
    text = "Issued by Human Rights Watch, New York, May 2021\n\nAccording to the report, shells hit Tartar."
    assert claimant_of("Tartar", text, gazetteer) == "Human Rights Watch"
    text = "Issued by the Armenian Foreign Ministry.\n\nAccording to the report, shells hit Tartar."
    assert claimant_of("Tartar", text, gazetteer).startswith("Armenian government")


def test_a_later_year_written_ends_the_old_history_s_days(gazetteer):
    text = "Armenian forces took Shusha on 8 May 1992. They held it until 2020. Aliyev visited Shusha on 28 May."
    assert "2022-05-28" in _days("Shusha", text, gazetteer, dt.date(2022, 6, 3))


def test_years_later_leaps_to_the_report_s_own_time(gazetteer):
    text = "Armenian forces took Shusha on 8 May 1992. Thirty years later, on 28 May, President Aliyev visited Shusha."
    assert "2022-05-28" in _days("Shusha", text, gazetteer, dt.date(2022, 6, 3))


def test_days_following_the_old_history_stay_in_it(gazetteer):
    text = "Armenian forces took Shusha on 8 May 1992. In the days that followed, on 20 May, they entered Lachin."
    assert _days("Lachin", text, gazetteer, dt.date(2022, 6, 3)) == ["1992-05-20"]
