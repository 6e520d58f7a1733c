"""A village named only as a speaker's home or post is where the news happened when the speaker's words name it
again by its kind and no other place: "a woman from X wrote that soldiers had come into the village", "Y, the head
of X, told NEWS.am that soldiers had fired on the village's fields" (a dot inside an outlet's name, "NEWS.am", ends
no sentence). A home or post whose speaker tells of another place, or of nothing there, stays no event."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer, published="2022-11-23"):
    return extract_text(text, datetime.date.fromisoformat(published), gazetteer)


def _at(events, place):
    return [e for e in events if place in e["place"].split(";")]


def test_woman_from_village_tells_of_the_village(gazetteer):
    events = _events("A man from Tegh wrote on Facebook on Tuesday that soldiers had come into the village at dawn "
                     "and were asking people to leave their gardens.", gazetteer)
    tegh = _at(events, "Tegh")
    assert tegh and tegh[0]["layer"] == "other"
    assert tegh[0]["start_date"] == "2022-11-22"


def test_head_tells_a_site_with_a_dot_of_fire_on_the_village(gazetteer):
    events = _events("Anna Petrosyan, the head of Tegh, told the site Armenpress.am yesterday that soldiers had "
                     "fired at a farmer working the village's orchards.", gazetteer)
    tegh = _at(events, "Tegh")
    assert tegh and tegh[0]["layer"] == "shelling"
    assert tegh[0]["start_date"] == "2022-11-22"
    assert tegh[0]["claimed_by"] == "Anna Petrosyan"


# --- near sentences where the rule must not fire ---

def test_home_of_a_speaker_who_tells_of_another_village(gazetteer):
    events = _events("A man from Tegh wrote that soldiers had come into the village of Khnatsakh.", gazetteer)
    assert not _at(events, "Tegh")
    assert _at(events, "Khnatsakh")


def test_home_of_a_speaker_who_tells_nothing_there(gazetteer):
    events = _events("A friend from Goris wrote that she had a good holiday by the sea.", gazetteer)
    assert not _at(events, "Goris")


def test_head_with_a_dotted_site_who_names_another_place(gazetteer):
    events = _events("Anna Petrosyan, the head of Tegh, told the site Armenpress.am that soldiers had fired on "
                     "Khnatsakh.", gazetteer)
    assert not _at(events, "Tegh")
    assert _at(events, "Khnatsakh")


def test_village_told_of_after_the_sentence_ends(gazetteer):
    events = _events("A man from Tegh wrote to the paper. The village was quiet on Monday.", gazetteer)
    assert not _at(events, "Tegh")
