"""Rule written from heldout127: the fields a reservoir's water reaches.

"the fields of the A, B and C districts would have their water back", "the canal supplies the fields of X": in a
sentence of water and no harm, the places are where the water goes, no scene (fire on the fields of X, or a tractor
shot at there, is still news at X).
"""

import datetime as dt

from geo.extract import extract_text

PUBLISHED = dt.date(2020, 10, 12)


def _names(text, published=PUBLISHED):
    return {name for e in extract_text(text, published) for name in e["place_name"].split(";")}


def _layer(text, name, published=PUBLISHED):
    return [e["layer"] for e in extract_text(text, published) if name in e["place_name"].split(";")]


def test_fields_of_districts_getting_water_back_are_no_scene():
    text = "The minister said the fields of the Barda, Aghjabadi and Zardab districts would soon get their water again."
    assert not {"Barda District", "Aghjabadi District", "Zardab District"} & _names(text)


def test_fields_of_a_town_the_canal_waters_are_no_scene():
    assert "Barda" not in _names("The new canal brings irrigation water to the fields of Barda from the spring.")


def test_fields_of_a_village_under_fire_are_a_scene():
    text = "Shells fell on the fields of Tartar on Sunday, breaking the water pipes."
    assert _layer(text, "Tartar") == ["shelling"]


def test_fields_of_a_village_with_no_water_told_are_left_alone():
    assert "Tartar" in _names("The fields of Tartar were ploughed early this year because of the fighting nearby.")
