"""A short word in capitals inside a name written in mixed case ("a campaign called Lake Sevan SOS", "the Karabakh
SOS fund") is an acronym, not the village whose name it spells; the village written as a name stays."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 5, 15)


def _places(text, gazetteer):
    return {e["place"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_an_acronym_after_a_name(gazetteer):
    assert "Sos" not in _places("A forum named Tartar Water SOS met in Barda on 3 March 2019.", gazetteer)
    assert "Barda" in _places("A forum named Tartar Water SOS met in Barda on 3 March 2019.", gazetteer)


def test_an_acronym_in_a_charity_s_name(gazetteer):
    assert _places("The Lachin SOS fund sent blankets to Tartar on Monday.", gazetteer) == {"Tartar"}


# near sentences where the village stays

def test_the_village_written_as_a_name(gazetteer):
    assert "Sos" in _places("Shells hit Sos on Monday.", gazetteer)


def test_the_village_in_a_list(gazetteer):
    assert "Sos" in _places("Shells hit Sos and Tartar on Monday.", gazetteer)


def test_the_village_written_in_capitals_alone(gazetteer):
    assert "sos" in {p.lower() for p in _places("Shells hit SOS on Monday.", gazetteer)}
