"""Places outside the conflict's two countries read as its news only where something happens there: in Georgia, a
blast, a checkpoint or a road closed at a town named as itself; abroad or at home, a diplomatic mission opened in a
town is the event of that town."""

import datetime as dt

import pytest

from geo.extract import extract_text


def events(text, gazetteer, published=dt.date(2022, 6, 1)):
    return {c["place_name"]: c["layer"] for c in extract_text(text, published, gazetteer)}


@pytest.mark.parametrize("text, town, layer", [
    ("The gas line to Yerevan blew up near Gardabani late on Tuesday.", "Gardabani", "shelling"),
    ("An explosion tore through the pipeline in the Bolnisi district overnight.", "Bolnisi", "shelling"),
    ("Police closed the road outside Bolnisi to all traffic on Sunday.", "Bolnisi", "corridors"),
    ("Lorries heading for Armenia were held at a police checkpoint in Gardabani for hours.", "Gardabani", "checkpoints"),
])
def test_an_incident_in_a_georgian_town_is_its_event(gazetteer, text, town, layer):
    assert events(text, gazetteer).get(town) == layer


@pytest.mark.parametrize("text, town", [
    ("Many of the traders at the market come from Gardabani.", "Gardabani"),
    ("Most people in the Bolnisi district speak Azerbaijani, and shelling near Tavush worries them.", "Bolnisi"),
])
def test_a_georgian_town_with_no_incident_of_its_own_is_no_event(gazetteer, text, town):
    assert town not in events(text, gazetteer)


@pytest.mark.parametrize("text, town", [
    ("Ankara said it was ready to host an Armenian consulate general in Trabzon.", "Trabzon"),
    ("The minister will fly in on Friday and open Georgia's new consulate in Ganja.", "Ganja"),
])
def test_a_mission_opened_in_a_town_is_its_event(gazetteer, text, town):
    assert events(text, gazetteer).get(town) == "other"


def test_a_missions_seat_is_no_event(gazetteer):
    assert "Moscow" not in events("The Armenian embassy in Moscow said the report was false.", gazetteer)
