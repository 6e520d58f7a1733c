"""An exclave the news names by its capital ("Nakhchivan") is where what the sentence tells happened when it is
written "in" or "to" it, as a town would be: a day a leader spent there, arms sent to it, barracks opened in it,
lands in it returned to. On its border or a stretch of the border it still only locates."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    return {(e["place"], e["layer"]) for e in extract_text(text, datetime.date(2019, 9, 12), gazetteer)}


def test_a_day_spent_in_the_exclave(gazetteer):
    text = "The prime minister spent Tuesday in Nakhchivan, the agency Turan reported."
    assert ("Nakhchivan", "other") in _events(text, gazetteer)


def test_arms_sent_to_the_exclave(gazetteer):
    text = "The ministry said new radar equipment had been sent to Nakhchivan over the summer."
    assert ("Nakhchivan", "other") in _events(text, gazetteer)


def test_barracks_opened_in_the_exclave(gazetteer):
    text = "The president opened a new army barracks in Nakhchivan on Monday, the agency reported."
    assert ("Nakhchivan", "other") in _events(text, gazetteer)


def test_people_returned_to_lands_in_the_exclave(gazetteer):
    text = "The ministry said farmers had returned to the freed pastures in Nakhchivan."
    assert ("Nakhchivan", "other") in _events(text, gazetteer)


def test_the_exclave_border_still_only_locates(gazetteer):
    text = "A conscript was wounded by sniper fire on the Nakhchivan stretch of the border, the ministry said."
    assert not any(place == "Nakhchivan" for place, _ in _events(text, gazetteer))


def test_the_border_with_the_exclave_still_only_locates(gazetteer):
    text = "The minister toured the posts near the border with Nakhchivan on Friday."
    assert not any(place == "Nakhchivan" for place, _ in _events(text, gazetteer))


def test_the_exclave_as_a_topic_is_no_event(gazetteer):
    text = "The agency gave no figures for the army's progress in Nakhchivan."
    assert not any(place == "Nakhchivan" for place, _ in _events(text, gazetteer))


def test_the_exclave_name_before_a_noun_is_no_event(gazetteer):
    text = "Campaigners called the quarry a danger to Nakhchivan's rivers."
    assert not any(place == "Nakhchivan" for place, _ in _events(text, gazetteer))


def test_a_town_of_the_exclave_is_the_place(gazetteer):
    text = "Workers arrived at the old bridge of Julfa, in Nakhchivan, on Monday."
    places = {place for place, _ in _events(text, gazetteer)}
    assert "Nakhchivan" not in places
