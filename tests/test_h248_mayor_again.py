"""A town's mayor named once in full ("the mayor of Kapan, Gevorg Parsyan,") is the one "the mayor" means later in the
article ("the mayor said", "according to the mayor"), as the governor named once is. With two mayors named, or none
named in full, "the mayor" stays the local officials."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 12, 27)


def _claimants(text, gazetteer):
    return [(e["place"], e["claimed_by"]) for e in extract_text(text, DAY, gazetteer, source="test")]


def test_according_to_the_mayor(gazetteer):
    text = ("Speaking in parliament on Friday, the mayor of Kapan, Gevorg Parsyan, said the road from Kapan to Meghri "
            "was under Azerbaijani control.\n"
            "According to the mayor, the people of Tegh had in effect been cut off.")
    assert ("Tegh", "Gevorg Parsyan") in _claimants(text, gazetteer)


def test_the_mayor_said(gazetteer):
    text = ("Kapan's mayor, Gevorg Parsyan, spoke to reporters on Friday.\n"
            "The mayor said the road from Goris to Kapan was closed.")
    assert ("Goris;Kapan", "Gevorg Parsyan") in _claimants(text, gazetteer)


def test_mayor_title_before_name(gazetteer):
    text = ("Mayor Gevorg Parsyan visited the school on Friday.\n"
            "The mayor said the road from Goris to Kapan was closed.")
    assert ("Goris;Kapan", "Gevorg Parsyan") in _claimants(text, gazetteer)


# near sentences: no one mayor named in full

def test_two_mayors_stay_officials(gazetteer):
    text = ("The mayor of Kapan, Gevorg Parsyan, and the mayor of Goris, Arush Arushanyan, met on Friday.\n"
            "The mayor said the road from Goris to Kapan was closed.")
    found = dict(_claimants(text, gazetteer))
    assert found.get("Goris;Kapan") not in ("Gevorg Parsyan", "Arush Arushanyan")


def test_mayor_never_named_stays_officials(gazetteer):
    found = dict(_claimants("The mayor said the road from Goris to Kapan was closed.", gazetteer))
    assert found.get("Goris;Kapan") == "local officials"


def test_the_governor_keeps_his_own_reading(gazetteer):
    text = ("The mayor of Kapan, Gevorg Parsyan, spoke on Friday.\n"
            "The governor of Syunik, Aram Petrosyan, said the road from Goris to Kapan was closed.\n"
            "The governor said Tegh had been cut off.")
    assert ("Tegh", "Aram Petrosyan") in _claimants(text, gazetteer)
