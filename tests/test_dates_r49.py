"""A birth year is no date of the news; "that morning" after a day an earlier sentence stated is that day; a
diary entry's undated news happened on the day of its heading."""

import datetime as dt

from geo.extract import extract_text


def dates(text, gazetteer, published):
    return {c["place_name"]: (c["start_date"], c["date_certain"])
            for c in extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")}


def test_a_birth_year_does_not_date_the_blast(gazetteer):
    text = "A farmer, Ilgar Mammadov, born in 1975, stepped on a mine near Tartar."
    found = dates(text, gazetteer, "2022-03-10")["Tartar"]
    assert found[0] != "1975-01-01"


def test_a_birth_day_does_not_date_the_blast_but_the_blast_day_does(gazetteer):
    text = "A deminer, Elnur Aliyev, born on 2 May 1988, was hurt by a mine near Fuzuli on 7 March."
    assert dates(text, gazetteer, "2022-03-10")["Fuzuli"] == ("2022-03-07", True)


def test_that_morning_is_the_day_told_in_an_earlier_sentence(gazetteer):
    text = ("On 3 May a truck hit a mine on a road in the Lachin district. "
            "The ministry said the truck blew up near Fuzuli that morning.")
    assert dates(text, gazetteer, "2022-05-12")["Fuzuli"] == ("2022-05-03", True)


def test_a_diary_entry_dates_its_undated_news_by_its_heading(gazetteer):
    text = ("Team diary, week of 7-13 March 2022\n\n"
            "Tuesday 8 March\n\n"
            "A shepherd was hurt by a mine near Tartar.\n\n"
            "Wednesday 9 March\n\n"
            "Quiet day in the office.\n")
    assert dates(text, gazetteer, "2022-03-13")["Tartar"] == ("2022-03-08", True)
