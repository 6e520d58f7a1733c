"""A border unit named after the town it is based in ("its Horadiz detachment") names the unit, not where it acted;
the place it acted at stays, and a detachment said to be in a town still places it there."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2022-03-04")


def test_a_detachment_named_by_its_town_is_no_place(gazetteer):
    text = "The service said its Horadiz detachment had stopped a smuggler near the village of Mirak on Tuesday."
    found = layers(text, gazetteer)
    assert "Horadiz" not in found
    assert "Mirak" in found


def test_a_border_detachment_written_in_full(gazetteer):
    text = "Guards of the Horadiz border detachment found two bags of heroin near Mirak, the agency said."
    found = layers(text, gazetteer)
    assert "Horadiz" not in found
    assert "Mirak" in found


def test_a_detachment_in_a_town_is_there(gazetteer):
    text = "A new border detachment was set up in Horadiz on Monday."
    assert "Horadiz" in layers(text, gazetteer)


def test_the_town_itself_stays(gazetteer):
    text = "Guards detained two men in Horadiz on Monday, the service said."
    assert "Horadiz" in layers(text, gazetteer)


def test_a_detachment_with_no_other_place_keeps_its_town(gazetteer):
    text = "The service said its Horadiz detachment had caught three armed men last spring."
    assert "Horadiz" in layers(text, gazetteer)
