"""A village emptied or evacuated "in the fighting", "when the fighting came" is the leaving (other): the fighting
only dates it. Fighting told at the place stays fire."""

import datetime

from geo.extract import extract_text

PUBLISHED = datetime.date(2024, 9, 21)


def _layer(text, place):
    return next(e["layer"] for e in extract_text(text, PUBLISHED) if e["place"] == place)


def test_emptied_in_the_fighting():
    assert _layer("Khramort was emptied in the autumn fighting, a former resident said.", "Khramort") == "other"


def test_evacuated_once_the_fighting_began():
    assert _layer("Once the fighting started, Khramort was evacuated by bus.", "Khramort") == "other"


def test_fighting_at_the_place_then_evacuated_stays_fire():
    assert _layer("Heavy fighting raged in Khramort, and the village was evacuated.", "Khramort") == "shelling"


def test_fighting_as_a_time_without_leaving_stays_fire():
    # no one leaves: the fighting is not only a time here
    assert _layer("Khramort was hit hard in the autumn fighting, a former resident said.", "Khramort") == "shelling"
