"""Review of the rules read from heldout130 to heldout132 and heldout135: wordings near a rule's own that it must not
change, and the rule's own wording that it still reads."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.extract.actors import NAMED_PROSECUTOR
from geo.extract.claims import normalise_actor

DAY = dt.date(2021, 5, 5)


def _events(text, published=DAY):
    return extract_text(text + "\n", published)


def _layers(text, place, published=DAY):
    return [e["layer"] for e in _events(text, published) if place in e["place"].split(";")]


def _places(text, published=DAY):
    return {name for e in _events(text, published) for name in e["place"].split(";")}


def _claimant(text, place, published=DAY):
    return next(e["claimed_by"] for e in _events(text, published) if place in e["place"].split(";"))


# --- a place left "when" the fire came: not when the place itself is told shelled then ---

def test_a_place_left_when_the_town_was_shelled_on_a_day_is_shelled():
    assert _layers("Refugees left Aghdam when the town was shelled on 23 July 1993.", "Aghdam") == ["shelling"]


def test_a_place_left_when_the_village_came_under_fire_is_shelled():
    assert _layers("They left Hadrut in 2020, when the village came under fire.", "Hadrut") == ["shelling"]


def test_a_place_left_when_the_fighting_reached_it_is_still_a_leaving():
    assert _layers("The family left Martuni in 1992, when the fighting reached the outskirts.", "Martuni") == ["other"]


# --- information about the fighting: the fighting placed by a name is still fighting there ---

def test_information_about_the_fighting_in_a_place_keeps_the_fighting():
    text = "A team arrived in Tegh to gather information about the fighting in Khnatsakh."
    assert _layers(text, "Khnatsakh") == ["shelling"]


def test_no_information_about_the_fighting_in_a_place_is_still_fighting_there():
    text = "There was no information about the fighting in Kalbajar, but heavy fighting continued in Lachin."
    assert _layers(text, "Kalbajar") == ["shelling"]


def test_data_on_the_fighting_near_a_place_keeps_the_fighting():
    assert _layers("Monitors gathered information about the fighting near Sotk on Tuesday.", "Sotk") == ["shelling"]


def test_a_team_gathering_information_about_the_fighting_is_still_a_visit():
    assert _layers("A team arrived in Tegh to gather information about the fighting.", "Tegh") == ["other"]


# --- over the hills or mountains: on the way from or to a place, not a walk about one ---

@pytest.mark.parametrize("text, place", [
    ("Tourists walked over the hills around Jermuk on Saturday.", "Jermuk"),
    ("Hikers walked over the hills near Jermuk all afternoon.", "Jermuk"),
    ("The children walked over the hills behind Goris to pick berries.", "Goris"),
    ("Soldiers walked over the mountains above Tegh to reach their posts.", "Tegh"),
    ("Shepherds trekked over the hills of Kalbajar every summer.", "Kalbajar"),
])
def test_a_walk_over_the_hills_about_a_place_is_no_route(text, place):
    assert "corridors" not in _layers(text, place)


def test_a_flight_over_the_hills_to_a_town_is_still_a_route():
    assert _layers("They fled over the hills to Vardenis when the village fell.", "Vardenis") == ["corridors"]


# --- the if-clause of a threat: a place after a comparison in the clause is told ---

def test_a_place_attacked_before_told_in_the_if_clause_stays():
    text = "The army would strike back, officials said, if Armenian troops attacked Tartar as they had attacked Barda " \
           "on Tuesday."
    assert "Barda" in _places(text)
    assert "Tartar" not in _places(text)


def test_a_place_in_a_threats_condition_is_still_no_event():
    assert _places("Ankara warned it would act if Armenia attacked Nakhchivan.") == set()


# --- products: not where a product is kept, sold or made, or its feast ---

@pytest.mark.parametrize("text, place", [
    ("Shelling damaged the Tavush wine cellar.", "Tavush"),
    ("Shells fell on Jermuk tea houses on Monday.", "Jermuk"),
    ("Shelling hit the Kalbajar honey festival grounds.", "Kalbajar"),
    ("The Martuni wine harvest was cut short by shelling.", "Martuni"),
])
def test_a_place_before_where_its_product_is_kept_or_made_stays(text, place):
    assert _layers(text, place) == ["shelling"]


def test_a_stone_named_after_a_town_is_still_no_event():
    assert "Goris" not in _places("Goris tuff was used for the new church in Kapan.")


# --- orders for towns: a trader's, not a command given for a town ---

@pytest.mark.parametrize("text, place", [
    ("The army issued orders for Lachin to be evacuated on Monday.", "Lachin"),
    ("Moscow sent orders for Stepanakert, Shusha and Lachin to be held at all costs.", "Shusha"),
    ("The evacuation orders for Kalbajar and Lachin were issued on Tuesday.", "Kalbajar"),
    ("Orders for Lachin to be evacuated came on Monday.", "Lachin"),
])
def test_orders_given_for_a_town_keep_it(text, place):
    assert place in _places(text)


@pytest.mark.parametrize("text", [
    "Orders for Goris and Kapan go out on Tuesdays.",
    "The orders for Sisian and Goris will wait here for collection.",
    "Our orders for Ijevan go out on Fridays.",
])
def test_a_traders_orders_for_towns_are_still_no_event(text):
    assert _places(text) == set()


# --- a guide named by a place alone is a tour guide from there, not a guidebook's title ---

def test_a_guide_named_by_a_town_is_one_of_the_residents():
    text = "The Goris guide said the road to Kapan was closed on Monday."
    assert _claimant(text, "Kapan") == "residents"


def test_a_guide_named_by_the_region_is_one_of_the_residents():
    text = "The Karabakh guide said the road to Lachin was closed on Monday."
    assert _claimant(text, "Lachin") == "residents"


def test_a_guidebook_by_its_title_is_still_the_source():
    assert normalise_actor("the Lonely Planet guide") == "Lonely Planet guide"


# --- reports from a capital: not when the capital names where in it they come from ---

def test_reports_from_the_capitals_hospitals_keep_the_capital():
    text = "Reports from Baku hospitals said ten wounded from Tartar were treated."
    assert "Baku" in _places(text)


def test_reports_from_a_capital_are_still_that_sides_reports():
    text = "The reports from Baku speak of shelling in Tartar."
    assert "Baku" not in _places(text)
    assert _claimant(text, "Tartar") == "Azerbaijani reports"


# --- a prosecutor named by name: not the office in another word order ---

def test_the_prosecutor_office_is_no_prosecutor_by_name():
    assert not NAMED_PROSECUTOR.search("Prosecutor Office Armenia")
    assert NAMED_PROSECUTOR.search("the prosecutor Yusif Agayev")


def test_the_prosecutor_office_named_so_is_still_the_office():
    text = "Prosecutor Office Armenia said Goris was shelled on Monday."
    assert _claimant(text, "Goris") == "Armenian government (Prosecutor General's Office)"


# --- a fall put on a day is a claim; a loss put down to a cause is not ---

def test_a_loss_put_down_to_a_cause_is_no_dating():
    text = "The mayor put the loss of Hadrut down to poor command in October 2020."
    assert _claimant(text, "Hadrut") == ""


def test_a_fall_put_on_a_day_is_still_a_claim():
    assert _claimant("Armenian accounts put the fall of Shusha on 8 May 1992.", "Shusha") == "Armenian accounts"


def test_a_threats_if_is_the_word_not_letters_in_another():
    # the if-clause opens at the word "if", not at the letters of "cliffs" in it
    assert _places("Ankara warned it would act if Armenia attacked the cliffs near Nakhchivan.") == set()
