"""Places that only frame the news, read from heldout139: the writer's own people who came to a town, events named
again by where they happened ("what happened in X", "the events in Y"), and a time told by a place ("After X, ...")."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2019, 11, 29)


def _places(text, published=DAY):
    return {name for e in extract_text(text + "\n", published) for name in e["place"].split(";")}


# --- the writer's own people who came to a town: a family's or a membership's history ---

def test_our_members_who_came_to_a_town_from_a_district_give_no_place():
    assert _places("Many of our members came to Tovuz from the villages of the Gadabay district, and the club "
                   "still meets on their old market day.") == set()


def test_our_grandmother_who_came_to_a_town_gives_no_place():
    assert _places("Our grandmother came to Barda as a girl from a village in the Agdam district, and this page "
                   "is for her.") == set()


def test_other_families_who_came_to_a_town_are_still_news():
    assert "Barda" in _places("Many of the families in those flats came to Barda from Agdam in 1993, and the state "
                              "housed them in the school.")


def test_our_family_who_came_to_a_town_under_shelling_is_still_news():
    assert "Barda" in _places("Our grandparents came to Barda from Agdam in 1993, when shelling destroyed their "
                              "house.")


# --- events named again by where they happened ---

def test_what_happened_in_a_list_of_towns_gives_no_place():
    assert _places("He said that nobody was ever punished for what happened in Tovuz, Gadabay and Agstafa.") == set()


def test_the_events_in_a_town_as_a_day_s_marker_give_no_place():
    assert _places("She remembers the morning because it was a week before the events in Khojaly.") == set()


def test_what_happened_in_a_town_after_shelling_is_still_news():
    assert "Agdam" in _places("Nobody knows what happened in Agdam after the shelling on Monday.")


# --- a time told by a place's known events ---

def test_after_a_town_opening_the_sentence_gives_no_place_when_another_follows():
    places = _places("After Shusha, the paper wrote, troops shelled the villages around Lachin.")
    assert "Shusha" not in places and "Lachin" in places


def test_after_a_town_alone_stays_a_place():
    assert "Shusha" in _places("After Shusha, many families left for good.")
