"""Sentences worded unlike the sets the latest rules were written from: one resident named by his village, a
document's list going on, villages located by their district's town, and the roads of a region shut."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 3, 15)


def _events(text, gazetteer, day=DAY):
    return extract_text(text, day, gazetteer, source="test")


def _claims(text, gazetteer):
    return {(e["place"], e["claimed_by"]) for e in _events(text, gazetteer)}


def _layers(text, gazetteer):
    return {e["place"]: e["layer"] for e in _events(text, gazetteer)}


# one resident named by his village: not a capital's resident, nor one of several speaking together

def test_a_resident_of_a_capital_is_plain_residents(gazetteer):
    assert _claims("A resident of Baku said that Armenian shells hit Tartar on Monday.", gazetteer) \
        == {("Tartar", "residents")}


def test_a_resident_of_yerevan_with_more_words(gazetteer):
    assert _claims("A resident of Yerevan who has relatives in Sotk said drones struck Sotk on Tuesday.", gazetteer) \
        == {("Sotk", "residents")}


def test_two_residents_of_two_villages(gazetteer):
    assert _claims("A resident of Sotk and a resident of Norabak told the agency that drones struck Sotk on Tuesday.",
                   gazetteer) == {("Sotk", "residents")}


def test_residents_and_one_resident(gazetteer):
    claims = _claims("Residents of Norabak and a resident of Sotk told the agency that drones struck Sotk on Tuesday.",
                     gazetteer)
    assert ("Sotk", "residents") in claims


def test_one_resident_along_with_another(gazetteer):
    assert _claims("A resident of Sotk, along with a resident of Norabak, told the agency that drones struck Sotk "
                   "on Tuesday.", gazetteer) == {("Sotk", "residents")}


def test_one_resident_of_the_village_struck_keeps_his_village(gazetteer):
    assert _claims("Shots were fired at Tegh on Monday, a local resident of Tegh told Azatutyun.", gazetteer) \
        == {("Tegh", "residents (Tegh resident)")}


def test_a_resident_of_another_village_keeps_his_village(gazetteer):
    assert _claims("A resident of Kutakan told news.am that Azerbaijani troops fired on Sotk overnight.", gazetteer) \
        == {("Sotk", "residents (Kutakan resident)")}
