"""Phrasings of reports on roads, crossings and the fire around them (each tested on sentences written for it)."""

import datetime as dt

from geo.extract import extract_text


def layers(text, gazetteer, published=dt.date(2021, 3, 10)):
    """{place name: layer} of the candidates of ``text`` (a corridor's waypoints each under its layer)."""
    return {name: c["layer"] for c in extract_text(text, published, gazetteer) for name in c["place_name"].split(";")}


def test_two_participles_sharing_an_object_keep_the_fire_on_every_listed_place(gazetteer):
    found = layers("The ministry said rocket fire had killed and wounded people in Khnatsakh in the Askeran "
                   "district, Sos and Karmir Shuka in the Martuni district.", gazetteer)
    assert found.get("Sos") == "shelling" and found.get("Karmir Shuka") == "shelling"


def test_a_coordinated_predicate_still_opens_a_clause_of_its_own(gazetteer):
    found = layers("Troops took control of Hadrut and destroyed a bridge, the ministry said.", gazetteer)
    assert found.get("Hadrut") != "shelling"


def test_a_shell_that_had_landed_is_fire(gazetteer):
    found = layers("A shell had landed near the district court in the centre of Barda on Friday, the "
                   "prosecutor's office said.", gazetteer)
    assert found.get("Barda") == "shelling"


def test_a_route_filed_under_a_hyphenated_name_is_read_with_a_dash_too(gazetteer):
    found = layers("Border guards set up a post at the entrance to the Lachin–Khankendi road on Sunday.", gazetteer)
    assert "Lachin corridor" in found and "Lachin" not in found
    # two towns without such a route stay the road's two ends
    assert {"Goris", "Kapan"} <= set(layers("Snow closed the Goris–Kapan road on Monday.", gazetteer))
