"""Guards told as turning or sending people back while it goes on ("police were turning back every car at a post
near X", "guards began sending the drivers back") keep a post there (`checkpoints`), as "turned back" does; men
who themselves turn back are no post."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2022-12-20")


def test_police_began_turning_back_at_a_post(gazetteer):
    text = "After the closure, police began turning back every car without a local number at a post near Kornidzor, the agency said."
    assert layers(text, gazetteer).get("Kornidzor") == "checkpoints"


def test_guards_were_sending_drivers_back(gazetteer):
    text = "On Tuesday border guards were sending the lorry drivers back at the entrance to Goris."
    assert layers(text, gazetteer).get("Goris") == "checkpoints"


def test_soldiers_turning_back_from_the_front_are_no_post(gazetteer):
    text = "Soldiers turning back from the front drove through Goris on Tuesday."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"
