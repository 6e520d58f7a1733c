"""A shell fragment that landed or wounded is fire; a permit asked of anyone driving into or out of a town is the
town's control; Arazbar, a village of the Aghjabadi district, is in the gazetteer (sourced row)."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2020-10-20")


def test_a_shell_fragment_that_landed_is_fire(gazetteer):
    text = "A shell fragment landed on a roof in Yevlakh on Sunday night and injured a boy."
    assert layers(text, gazetteer).get("Yevlakh") == "shelling"


def test_shell_fragments_only_shown_are_no_fire(gazetteer):
    text = "The museum in Yevlakh put on show photographs of shell fragments collected by pupils."
    assert layers(text, gazetteer).get("Yevlakh") != "shelling"


def test_a_permit_to_drive_into_a_town_is_its_control(gazetteer):
    text = "The police say anyone driving into or out of Yevlakh after nine in the evening needs a special permit."
    assert layers(text, gazetteer).get("Yevlakh") == "checkpoints"


def test_a_tyre_needed_to_drive_into_a_town_is_no_control(gazetteer):
    text = "Anyone driving into Yevlakh in winter needs a good spare tyre and a full tank."
    assert layers(text, gazetteer).get("Yevlakh") != "checkpoints"


def test_arazbar_is_found(gazetteer):
    text = "Shells fell on the village of Arazbar on Saturday afternoon."
    assert layers(text, gazetteer).get("Arazbar") == "shelling"
