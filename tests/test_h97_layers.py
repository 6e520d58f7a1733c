"""A "shootout" near a place is fire exchanged there (shelling), as a skirmish is; a photo shoot is nothing of the
kind."""

from tests.helpers import place_layers


def test_a_shootout_near_a_village_is_shelling(gazetteer):
    text = "The ministry in Baku called the night's events a shootout near Horadiz."
    assert place_layers(text, gazetteer).get("Horadiz") == "shelling"


def test_a_photo_shoot_is_no_fire(gazetteer):
    text = "The bride's photo shoot in Ganja lasted all afternoon."
    assert place_layers(text, gazetteer).get("Ganja") != "shelling"


def test_mediators_crossing_the_line_of_contact_use_a_way(gazetteer):
    text = "On Monday the mediators of the OSCE crossed the line of contact near Martuni on foot."
    assert place_layers(text, gazetteer).get("Khojavend") == "corridors"


def test_troops_crossing_the_line_of_contact_are_no_way(gazetteer):
    # negative: the cue is the mediators'; troops that cross take part in the fighting
    text = "On Monday Azerbaijani troops crossed the line of contact near Martuni and took a height."
    assert place_layers(text, gazetteer).get("Khojavend") != "corridors"
