"""Names the gazetteer now reads: the Karvajar spelling of Kalbajar, Patara for Badara, and the village Dahrav."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer, published="2021-05-10"):
    return {e["place"]: e for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)}


def test_karvajar_is_kalbajar(gazetteer):
    assert gazetteer.resolve("Karvajar").place.name == "Kalbajar"


def test_patara_is_badara(gazetteer):
    assert gazetteer.resolve("Patara").place.name == "Badara"


def test_dahrav_is_found_in_a_sentence(gazetteer):
    got = _events("Shells fell on Dahrav on Sunday, the local council said.", gazetteer)
    e = got["Dahrav"]
    (lon, lat), = e["coordinates"]
    assert e["layer"] == "shelling" and abs(lat - 39.894) < 0.01 and abs(lon - 46.699) < 0.01


def test_names_close_to_the_new_ones_are_not_taken(gazetteer):
    # the old spellings still answer as before, and a word only like the new names is no place
    assert gazetteer.resolve("Karvachar").place.name == "Kalbajar"
    assert gazetteer.resolve("Badara").place.name == "Badara"
    got = _events("The patrol passed a dahlia bed outside Goris on Sunday.", gazetteer)
    assert "Dahrav" not in got
