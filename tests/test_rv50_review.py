"""Wordings near the rules for a community named again, the hulks of ruins and the French agency."""

import datetime as dt

from geo.extract import extract_text


PUBLISHED = dt.date(2021, 5, 4)


def events(text, gazetteer):
    return [(e["place"], e["layer"], e["claimed_by"]) for e in extract_text(text, PUBLISHED, gazetteer)]


def claimants(text, gazetteer):
    return [e["claimed_by"] for e in extract_text(text, PUBLISHED, gazetteer)]


# "the community" with no community named before: the place's people just heard, as it was read before

def test_the_community_after_the_villagers_spoke_is_the_villagers(gazetteer):
    text = ("Villagers in Tegh say shells hit the village on Sunday. "
            "The community says the school was damaged in Tegh.")
    assert claimants(text, gazetteer) == ["residents", "residents"]


def test_the_community_after_the_town_s_residents_spoke_is_them(gazetteer):
    text = "Tegh's residents say shells hit the village on Sunday. The community said the school was damaged in Tegh."
    assert claimants(text, gazetteer) == ["residents", "residents"]


def test_a_community_of_villagers_that_issued_a_statement_is_the_one_meant(gazetteer):
    text = "A community of Tegh villagers issued a statement on Friday. The community says shells hit Tegh on Sunday."
    assert claimants(text, gazetteer)[-1] == "community of Tegh villagers"


def test_the_community_of_a_village_is_named_without_its_article(gazetteer):
    text = "The community of Tegh issued a statement on Friday. The community says shells hit Tegh on Sunday."
    assert claimants(text, gazetteer)[-1] == "community of Tegh"


def test_a_village_s_people_named_after_the_statement_are_the_community_then(gazetteer):
    text = ("The Azerbaijani community of Nagorno-Karabakh issued a statement on Friday. Residents of Tegh met on "
            "Monday. The community says shells hit Tegh on Sunday.")
    assert events(text, gazetteer)[-1] == ("Tegh", "shelling", "residents")


def test_the_community_s_own_name_with_a_capital_is_the_issuer(gazetteer):
    text = ("The Azerbaijani Community of Nagorno-Karabakh released a statement on Friday.\n"
            "The community says houses in Kalbajar were burned.")
    assert claimants(text, gazetteer) == ["Azerbaijani Community of Nagorno-Karabakh"]


def test_the_community_with_none_named_before_still_has_no_claimant(gazetteer):
    assert claimants("The community said shells hit Tegh on Sunday.", gazetteer) == [""]


# "empty shells" alone are spent rounds; only the hulks of something, or a place's last word, are ruins

def test_empty_shells_found_after_an_attack_are_fire(gazetteer):
    assert events("Empty shells were found near houses in Martuni after the attack.", gazetteer) == \
        [("Martuni", "shelling", "")]


def test_empty_shells_of_artillery_rounds_are_fire(gazetteer):
    assert events("Empty shells of artillery rounds lay in the yard of a house in Martuni.", gazetteer) == \
        [("Martuni", "shelling", "")]


def test_empty_shells_of_long_named_blocks_are_ruins(gazetteer):
    assert events("The empty shells of Soviet-era apartment blocks line the main street of Fuzuli.", gazetteer) == \
        [("Fuzuli", "other", "")]


def test_a_town_of_empty_shells_is_ruins(gazetteer):
    assert events("Fuzuli is a ghost town of empty shells.", gazetteer) == [("Fuzuli", "other", "")]


# the agency by the name its own wire gives

def test_france_presse_alone_is_the_agency(gazetteer):
    assert claimants("Shells hit Tartar on Saturday, France-Presse reported.", gazetteer) == ["AFP"]
