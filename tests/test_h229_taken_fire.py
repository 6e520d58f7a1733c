"""Fire "taken" by positions, posts or troops is fire at them, the soldier's word for coming under it ("its positions
had taken fire as well", "the unit took heavy fire from the hills"); a building that took fire from a stove and burned
is a blaze, no attack."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2018, 6, 12)


def _layers(text, gazetteer):
    return {(e["place"], e["layer"]) for e in extract_text(text, DAY, gazetteer, source="test")}


def test_positions_that_had_taken_fire_are_shelled(gazetteer):
    assert _layers("The defence ministry said its positions near Berdavan and Aygepar had also taken fire during "
                   "the night.", gazetteer) == {("Berdavan", "shelling"), ("Aygepar", "shelling")}


def test_troops_taking_heavy_fire_from_a_village(gazetteer):
    assert ("Chinari", "shelling") in _layers("Soldiers dug in opposite Chinari were taking heavy fire from the "
                                              "ridge, an army spokesman said.", gazetteer)


def test_a_barn_that_took_fire_and_burned_is_no_attack(gazetteer):
    assert ("Chinari", "shelling") not in _layers("A hay barn in Chinari took fire from a stove on Monday and burned "
                                                  "to the ground.", gazetteer)
