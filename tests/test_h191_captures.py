"""Men caught after trying to lay mines, or seized while stopping an attack, are a capture (other): the mines and the
attack are only the setting. Without the capture the mining or the fight stays what it was."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2021-06-01")


def test_tried_to_lay_mines_then_caught(gazetteer):
    text = ("The ministry said a group of saboteurs had tried to lay mines on a supply road near Lachin, and that "
            "four of them had been caught.")
    assert layers(text, gazetteer).get("Lachin") == "other"


def test_tried_to_lay_mines_with_no_capture_stays(gazetteer):
    text = "The ministry said a group of saboteurs had tried to lay mines on a supply road near Lachin."
    assert layers(text, gazetteer).get("Lachin") != "other"


def test_seized_while_stopping_an_attack(gazetteer):
    text = ("The commission said the soldiers had been detained on 3 March while stopping an enemy attack in the "
            "Lachin direction.")
    assert layers(text, gazetteer).get("Lachin District") == "other"


def test_killed_while_repelling_an_attack_stays_a_fight(gazetteer):
    text = ("The commission said a soldier had been killed on 3 March while repelling an enemy attack in the "
            "Lachin direction.")
    assert layers(text, gazetteer).get("Lachin District") == "shelling"
