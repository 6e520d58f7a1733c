"""heldout158: guards who refuse people entry at a place, or refuse to let them in or off there, are a check there
(checkpoints), however long the group they keep out is named; a manager refusing guests, or police refusing to
comment, is no check."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1991-02-10")


def test_police_at_the_airfield_refuse_entry(gazetteer):
    text = "On Friday the riot police at Goris airfield refused entry to two members of the Moscow parliament."
    assert layers(text, gazetteer).get("Goris") == "checkpoints"


def test_police_refuse_to_let_a_long_named_group_off(gazetteer):
    text = ("On Friday the riot police at Goris airfield refused to let a delegation of members of the Moscow city "
            "council off the plane.")
    assert layers(text, gazetteer).get("Goris") == "checkpoints"


def test_a_manager_refusing_guests_is_no_check(gazetteer):
    text = "The manager of the Goris hotel refused to let the journalists in."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_police_refusing_to_comment_is_no_check(gazetteer):
    text = "The police in Goris refused to comment on the arrests made on Friday."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"
