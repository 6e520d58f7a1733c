"""Children, widows or households living in old wagons on a town's railway lines are sheltered there, as families
are: no railway used; children carried off by rail still travel."""

import datetime

from geo.extract import extract_text


def _layers(text, gazetteer):
    return {e["place"]: e["layer"] for e in extract_text(text, datetime.date(2010, 4, 2), gazetteer)}


def test_children_living_in_wagons_on_the_lines(gazetteer):
    text = "Dozens of children are still living in rusting goods wagons on the railway lines of Imishli."
    assert _layers(text, gazetteer) == {"Imishli": "other"}


def test_widows_living_in_carriages(gazetteer):
    assert _layers("Two widows have lived in an old railway carriage at Saatli since 1994.", gazetteer) == {
        "Saatli": "other"}


def test_children_carried_off_by_wagons_still_travel(gazetteer):
    layers = _layers("Children living in Imishli were taken by railway wagons to Baku.", gazetteer)
    assert layers.get("Baku") == "corridors"
