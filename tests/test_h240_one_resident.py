"""One resident named by his village ("a resident of Norabak told", "another villager of Chinari said") speaks as
one of the residents, his village kept in brackets as the sets write him ("residents (Norabak resident)"); residents
named in the plural, an unnamed town and a name followed by more words stay plain residents."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 10, 5)


def _claims(text, gazetteer):
    return {(e["place"], e["claimed_by"]) for e in extract_text(text, DAY, gazetteer, source="test")}


def test_a_resident_of_a_village(gazetteer):
    assert _claims("A resident of Norabak told a radio station that shells fell on Norabak on Monday night.",
                   gazetteer) == {("Norabak", "residents (Norabak resident)")}


def test_another_resident_of_a_village(gazetteer):
    claims = _claims("Another resident of Chinari told the agency that mortar rounds hit Chinari for an hour.", gazetteer)
    assert claims == {("Chinari", "residents (Chinari resident)")}


def test_a_villager_of_a_village(gazetteer):
    claims = _claims("A villager of Sotk said that drones struck Sotk again on Tuesday.", gazetteer)
    assert claims == {("Sotk", "residents (Sotk resident)")}


# near sentences where the claimant stays plain residents

def test_residents_in_the_plural(gazetteer):
    claims = _claims("Residents of Norabak told a radio station that shells fell on Norabak on Monday night.", gazetteer)
    assert claims == {("Norabak", "residents")}


def test_a_resident_of_an_unnamed_town(gazetteer):
    claims = _claims("A resident of the town told our reporter that Shusha was shelled on Monday.", gazetteer)
    assert claims == {("Shusha", "residents")}


def test_a_resident_of_a_country(gazetteer):
    claims = _claims("A resident of Armenia told the agency that shells fell on Sotk on Monday.", gazetteer)
    assert ("Sotk", "residents (Armenia resident)") not in claims


def test_a_resident_named_with_his_name(gazetteer):
    claims = _claims("Arsen Grigoryan, a resident of Norabak, said shells fell on Norabak on Monday night.", gazetteer)
    assert claims == {("Norabak", "residents (Arsen Grigoryan)")}   # the person by name, not his village
