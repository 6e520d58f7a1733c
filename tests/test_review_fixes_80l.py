"""Sentences where the 80l rules misfired: rescue, fire or police units stationed a short way from a building or a
village, and soldiers standing a few metres from a coffin or a polling station, were read as a line held there; a
flag raised in one town while soldiers at an outpost came under fire, and soldiers who took up duty at an outpost
that was fired on later, told a manned post instead of the fire; "the building near the stations of A and B" was
read as a railway being built; and a sentence opening on "Construction", "Tracks" or "Rails" ("Construction of the
stations of A and B is under way", "Tracks were laid to A station") told no railway work."""

from tests.helpers import place_layers


def test_rescue_or_fire_units_stationed_by_a_place_hold_no_line(gazetteer):
    text = "Rescue units were stationed 500 metres from the village of Tegh, the ministry said."
    assert place_layers(text, gazetteer).get("Tegh") != "checkpoints"
    text = "Fire units were positioned 200 metres from the burning warehouse in Tegh on Monday."
    assert place_layers(text, gazetteer).get("Tegh") != "checkpoints"


def test_soldiers_standing_by_a_coffin_or_a_polling_station_hold_no_line(gazetteer):
    text = "Residents of Tegh said the troops stood 200 metres from the coffin during the funeral."
    assert place_layers(text, gazetteer).get("Tegh") != "checkpoints"
    text = "In Tegh, soldiers were stationed 50 metres from the polling station on election day."
    assert place_layers(text, gazetteer).get("Tegh") != "checkpoints"


def test_troops_standing_by_a_named_place_or_the_border_still_hold_a_line(gazetteer):
    assert place_layers("Enemy troops have been positioned 800 metres from Tegh for a year.",
                        gazetteer).get("Tegh") == "checkpoints"
    assert place_layers("Enemy forces were stationed two kilometres from the border near Tegh.",
                        gazetteer).get("Tegh") == "checkpoints"


def test_a_flag_raised_elsewhere_leaves_the_fire_on_an_outpost_its_news(gazetteer):
    text = "The flag was raised in Shusha on Sunday, while soldiers at the Soltanli outpost came under mortar fire."
    assert place_layers(text, gazetteer).get("Soltanli") == "shelling"


def test_an_outpost_manned_and_then_fired_on_tells_the_fire(gazetteer):
    text = "Soldiers took up duty at the Soltanli outpost, which came under fire hours later."
    assert place_layers(text, gazetteer).get("Soltanli") == "shelling"


def test_an_outpost_with_the_flag_told_after_it_is_still_manned(gazetteer):
    text = "The outpost at Soltanli, where the flag was raised on Sunday, is manned by border guards."
    assert place_layers(text, gazetteer).get("Soltanli") == "checkpoints"


def test_a_building_near_two_stations_is_no_railway_built(gazetteer):
    text = "The building near the stations of Horadiz and Minjivan was damaged by a drone."
    found = place_layers(text, gazetteer)
    assert "corridors" not in {found.get("Horadiz"), found.get("Minjivan"), found.get("Horadiz;Minjivan")}


def test_railway_work_told_at_the_start_of_a_sentence(gazetteer):
    found = place_layers("Construction of the stations of Horadiz and Minjivan is under way.", gazetteer)
    assert "corridors" in {found.get("Horadiz"), found.get("Horadiz;Minjivan")}
    assert place_layers("Tracks were laid to Horadiz station last spring.", gazetteer).get("Horadiz") == "corridors"
