"""A village named only as a speaker's home is where the news happened when the speaker's words place something in
it again by its kind and no other place is named: "a man from X wrote that soldiers had come into the village", "told
NEWS.am that the village's school had reopened" (a dot inside an outlet's name ends no sentence). A home whose speaker
tells of another place, of nothing there, or only of a town seen or known ("had never seen the town") stays no
event."""

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


def test_man_from_village_tells_a_dotted_site_of_the_villages_school(gazetteer):
    events = _events("A man from Tegh told the site Armenpress.am yesterday that the village's school had reopened.",
                     gazetteer)
    assert _at(events, "Tegh") and _at(events, "Tegh")[0]["layer"] == "other"


# --- near sentences where the rule must not fire ---

def test_home_of_a_speaker_who_tells_of_another_village(gazetteer):
    events = _events("A man from Tegh wrote that soldiers had come into the village of Khnatsakh.", gazetteer)
    assert not _at(events, "Tegh")
    assert _at(events, "Khnatsakh")


def test_home_of_a_speaker_who_tells_nothing_there(gazetteer):
    events = _events("A friend from Goris wrote that she had a good holiday by the sea.", gazetteer)
    assert not _at(events, "Goris")


def test_student_who_never_saw_the_town(gazetteer):
    events = _events("Nigar, a student from Goris, said she had never seen the town except in old films.", gazetteer)
    assert not _at(events, "Goris")


def test_village_told_of_after_the_sentence_ends(gazetteer):
    events = _events("A man from Tegh wrote to the paper. The village was quiet on Monday.", gazetteer)
    assert not _at(events, "Tegh")
