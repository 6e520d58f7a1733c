"""An aircraft or missile brought down with its pronoun between ("air defence brought them down") is brought down
as "brought down" is; people brought down a hill or to a town are no such news."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2020, 10, 25)


def _layer(text, place="Sitalchay"):
    return {e["place"]: e["layer"] for e in extract_text(text, _DAY)}[place]


def test_brought_them_down_near_a_village_is_fire():
    assert _layer("Air defence brought them down close to Sitalchay, the ministry said.") == "shelling"


def test_brought_it_down_and_parts_fell_is_fire():
    text = "The army added that air defence had brought it down and that parts landed in a field near Sitalchay."
    assert _layer(text) == "shelling"


def test_people_brought_down_from_the_pass_are_no_fire():
    assert _layer("The shepherds brought them down from the pass to Sitalchay.") == "other"
