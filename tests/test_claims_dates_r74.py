"""Who tells an account and the year of a day written without one: the press named in so many words ("the press
reported", "according to press reports", "press reports said") is the media, with those words kept, where "the press"
alone was no source at all before; a day counted on from the one told ("A day later", "Two days later", "The next
day") opens the sentence before its subject and is no part of it, so "A day later the same ministry announced" is the
ministry named before; a person heard at some time ("the village head interviewed in 2019", "a farmer questioned
last week") is that person, the time of the interview no part of the name; and a day without its year that falls in
the weeks just after the publication's day of the year, in a piece that has written an earlier year, is that earlier
day ("27 June" after "27 June 2019", in a film's notes published on 20 June 2020), not one still to come."""

import datetime as dt

from tests.helpers import claimant_of, rows


def _starts(text, gazetteer, published):
    return {c["place_name"]: c["start_date"] for c in rows(text, gazetteer, published)}


def test_the_press_reported_is_the_media(gazetteer):
    text = "Mortar rounds damaged the water main in Tartar on Sunday, as the press reported at the time."
    who = claimant_of("Tartar", text, gazetteer, published="2019-03-12")
    assert "media" in who and "press" in who


def test_press_reports_said_is_the_media(gazetteer):
    text = "Press reports said that a border guard was wounded near Fuzuli on Sunday."
    assert "press reports" in claimant_of("Fuzuli", text, gazetteer, published="2019-03-12")


def test_according_to_press_reports_is_the_media(gazetteer):
    text = "On Sunday, according to press reports, a border guard was wounded near Fuzuli."
    assert "press reports" in claimant_of("Fuzuli", text, gazetteer, published="2019-03-12")


def test_plain_reports_stay_media_without_the_press(gazetteer):
    text = "On Sunday, according to reports, a border guard was wounded near Fuzuli."
    assert claimant_of("Fuzuli", text, gazetteer, published="2019-03-12") == "media"


def test_a_press_release_is_not_the_press(gazetteer):
    text = "A press release said that a border guard was wounded near Fuzuli on Sunday."
    assert "press reports" not in (claimant_of("Fuzuli", text, gazetteer, published="2019-03-12") or "")


def test_a_day_counted_on_opens_before_the_subject(gazetteer):
    text = ("The Armenian defence ministry said on Friday that two of its soldiers had been wounded near Chinari. "
            "A day later the same ministry announced that a third had been wounded near Aygepar.")
    who = claimant_of("Aygepar", text, gazetteer, published="2019-03-12")
    assert "Armenian" in who and "day later" not in who.lower()


def test_two_days_later_opens_before_the_subject(gazetteer):
    text = ("The Azerbaijani defence ministry said on Monday that a soldier had been killed near Tovuz. "
            "Two days later the ministry said another had been wounded near Gadabay.")
    who = claimant_of("Gadabay", text, gazetteer, published="2019-03-16")
    assert "Azerbaijani" in who and "later" not in who.lower()


def test_a_person_interviewed_at_some_time_is_that_person(gazetteer):
    text = ("At Aygepar the nearest firing post stands some 500 metres from the school, according to the farmer "
            "interviewed in 2016.")
    who = claimant_of("Aygepar", text, gazetteer, published="2019-03-12")
    assert "interviewed" not in (who or "") and "2016" not in (who or "")


def test_a_day_just_after_publication_is_last_years_in_a_piece_that_wrote_it(gazetteer):
    text = ("Scene one. On 2 July 2019 mortar fire damaged the gas main of Aygepar. "
            "Scene two. The village head says that on the evening of 2 July shells hit the school in Chinari.")
    assert _starts(text, gazetteer, "2020-06-25")["Chinari"] == "2019-07-02"


def test_a_day_just_after_publication_with_no_earlier_year_is_still_to_come(gazetteer):
    text = "The ministry said the checkpoint near Chinari would stay open until 2 July."
    starts = _starts(text, gazetteer, "2020-06-25")
    assert starts.get("Chinari") in (None, "2020-07-02")


def test_a_day_just_after_publication_in_a_future_stays_ahead(gazetteer):
    text = ("On 2 July 2019 mortar fire damaged the gas main of Aygepar. "
            "The governor will visit Chinari on 2 July.")
    starts = _starts(text, gazetteer, "2020-06-25")
    assert starts.get("Chinari") != "2019-07-02"
