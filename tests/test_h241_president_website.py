"""A president's own website is the presidency's word, written either way: "the presidential website" as "the
president's website" (most sets annotate it as the president's office), and "the site" or "the same website" after
it is that presidency's, not the home side's press. A news site named after a president's website, or a site that is
no outlet, keeps its own reading."""

import datetime

from geo.extract import extract_text
from geo.extract.actors import canonical_actor


def _events(text, gazetteer, published="2023-12-22"):
    return extract_text(text, datetime.date.fromisoformat(published), gazetteer)


def _claim(events, place):
    return [e["claimed_by"] for e in events if place in e["place"].split(";")]


def test_presidential_and_presidents_website_are_one_actor():
    assert canonical_actor("Azerbaijani presidential website") == canonical_actor("Azerbaijani president's website")
    assert canonical_actor("Azerbaijani presidential website").startswith("Azerbaijani presidency")


def test_the_site_after_the_presidents_website(gazetteer):
    events = _events("A member read out what the Azerbaijani president's website reported this week.\n"
                     "On Wednesday Ilham Aliyev visited the village of Hadrut and opened a school there, the site said.",
                     gazetteer)
    assert all(c.startswith("Azerbaijani presidency") for c in _claim(events, "Hadrut"))
    assert _claim(events, "Hadrut")


# --- near sentences where the rule must not fire ---

def test_a_news_website_stays_the_press():
    assert canonical_actor("Azerbaijani news website") == "Azerbaijani media"


def test_site_of_a_church_is_no_outlet(gazetteer):
    events = _events("Volunteers cleared the site of the old church in Hadrut on Monday.", gazetteer)
    assert not any("presidency" in c for c in _claim(events, "Hadrut"))


def test_the_site_after_a_named_news_site(gazetteer):
    events = _events("The Armenian site Hetq reported this week on Tegh.\n"
                     "On Monday soldiers fired at farmers near Tegh, the site said.", gazetteer)
    assert not any("presidency" in c for c in _claim(events, "Tegh"))
