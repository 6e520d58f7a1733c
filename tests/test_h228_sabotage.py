"""Sabotage that armed men carried out is a raid where it was carried out, by the account of the side that tells it;
sabotage trained for, feared or done by workers is not."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 5, 20)


def _layers(text, gazetteer):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_units_carried_out_sabotage_in_directions(gazetteer):
    text = ("The ministry in Baku said enemy units had carried out what it called large-scale sabotage in the "
            "Tovuz, Gadabay and Dashkasan directions overnight.")
    assert _layers(text, gazetteer) == {"Tovuz": "shelling", "Gadabay": "shelling", "Dashkasan": "shelling"}


def test_troops_committed_acts_of_sabotage(gazetteer):
    assert _layers("Yerevan said Azerbaijani troops had committed acts of sabotage near Tegh.",
                   gazetteer) == {"Tegh": "shelling"}


def test_sabotage_trained_for_is_no_raid(gazetteer):
    assert _layers("Recruits trained for sabotage at a camp near Ganja last spring.",
                   gazetteer).get("Ganja") != "shelling"


def test_workers_sabotage_is_no_raid(gazetteer):
    assert _layers("The police said workers carried out sabotage at the brick factory in Ganja.",
                   gazetteer).get("Ganja") != "shelling"


def test_units_carried_out_repairs_is_no_raid(gazetteer):
    layers = _layers("Army units carried out repairs to the roads in the Tovuz, Gadabay and Dashkasan directions.",
                     gazetteer)
    assert "shelling" not in layers.values()
