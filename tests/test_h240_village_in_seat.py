"""A district written as its seat town right after a village the gazetteer lacks only says where the village lies,
also after a report's list ("the list named A and B in Kalbajar") and for a second village and town after the first
("A in Kalbajar and B in Lachin"): the villages are the places, kept at their towns."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 3, 15)


def _events(text, gazetteer):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_a_list_named_villages_in_a_district(gazetteer):
    assert _events("The defence ministry said its positions near Tartar were fired on overnight. "
                   "The same list named Zorbulaq and Dashlytepe in Kalbajar.", gazetteer) \
        == {"Tartar": "shelling", "Zorbulaq": "shelling", "Dashlytepe": "shelling"}


def test_a_second_village_and_its_town(gazetteer):
    assert _events("Shells fell near Zorbulaq in Kalbajar and Dashlytepe in Lachin on Monday.", gazetteer) \
        == {"Zorbulaq": "shelling", "Dashlytepe": "shelling"}


def test_villages_including_one_in_a_district(gazetteer):
    assert _events("Shells hit villages including Zorbulaq in Gadabay on Monday.", gazetteer) == {"Zorbulaq": "shelling"}


# near sentences where the towns stay

def test_two_towns_alone(gazetteer):
    assert _events("Shells fell in Kalbajar and Lachin on Monday.", gazetteer) \
        == {"Kalbajar": "shelling", "Lachin": "shelling"}


def test_a_second_town_with_no_village(gazetteer):
    events = _events("Shells fell near Zorbulaq in Kalbajar and in Lachin on Monday.", gazetteer)
    assert events["Lachin"] == "shelling" and "Kalbajar" not in events


def test_a_district_named_alone(gazetteer):
    events = _events("The ministry named Kalbajar and Lachin among the districts hit.", gazetteer)
    assert set(events) == {"Kalbajar", "Lachin"}
