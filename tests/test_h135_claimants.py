"""Claimants: "the presidency said" after a president named in the sentence, and film "put out" with no article."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 10, 20)


def _events(text, day=DAY):
    return extract_text(text, day)


def _event(text, name):
    return next(e for e in _events(text) if name in e["place_name"].split(";"))


# "the presidency said": the president named in the sentence, when no presidency spoke before

def test_the_presidency_closing_a_sentence_that_names_the_president_is_his_presidency():
    text = "On Saturday President Ilham Aliyev toured the ruins of Horovlu, the presidency said."
    assert _event(text, "Horovlu")["claimed_by"] == "Azerbaijani presidency (Ilham Aliyev)"


def test_the_presidency_with_no_president_named_stays_unresolved():
    # negative case: nobody holding the office is named, so no president's office is guessed
    text = "On Saturday shells hit the ruins of Horovlu, the presidency said."
    assert _event(text, "Horovlu")["claimed_by"] not in ("Azerbaijani presidency (Ilham Aliyev)", "Armenian presidency")

# film put out with no article is the account of whoever put it out

def test_a_ministry_putting_out_film_without_an_article_claims_what_it_shows():
    text = "The Azerbaijani defence ministry put out film on Monday from Horovlu, a village it says it now holds."
    assert _event(text, "Horovlu")["claimed_by"] == "Azerbaijani MoD"


def test_putting_out_fires_is_no_film_put_out():
    # negative case: a ministry that "put out fires" gives no account of what the fire was
    text = "The Azerbaijani defence ministry put out fires in Horovlu on Monday."
    assert _event(text, "Horovlu")["claimed_by"] != "Azerbaijani MoD"
