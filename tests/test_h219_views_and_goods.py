"""Pictures named by the places they show hold no event there; fruit, nuts and seed grown on a place's land only say
where they grew."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    return {p: e for e in extract_text(text, datetime.date(2021, 6, 1), gazetteer)
            for p in e["place"].split(";")}


def test_postcards_showing_places_hold_no_event(gazetteer):
    text = ("The society has bought a set of old postcards of the south, printed before the war, showing Goris, "
            "the Tatev monastery and the bridge at Berd.")
    assert _events(text, gazetteer) == {}


def test_pictures_showing_what_was_done_keep_the_place(gazetteer):
    text = "Photographs published on Monday show shells landing near Goris."
    assert _events(text, gazetteer)["Goris"]["layer"] == "shelling"


def test_fruit_and_seed_grown_on_a_places_land_hold_no_event(gazetteer):
    assert _events("Pear jam, cooked slowly, from pears grown on the Goris hills.", gazetteer) == {}
    assert _events("Label C, dried plums: plums from the Goris orchards, stoned by hand.", gazetteer) == {}


def test_fruit_burnt_when_the_place_was_shelled_keeps_it(gazetteer):
    text = "Apples grown near Goris were burnt when the village was shelled."
    assert _events(text, gazetteer)["Goris"]["layer"] == "shelling"
