"""Pictures named by the places they come from ("a photo essay with pictures from A and B") only say where they were
taken: with nothing told happening there the places are no events. Pictures that show what happened keep the place."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2021-05-29")


def test_pictures_from_places_are_no_events(gazetteer):
    text = "The weekend magazine has a photo essay on the border, with pictures from Tegh, Aravus and Khnatsakh."
    assert not {"Tegh", "Aravus", "Khnatsakh"} & set(layers(text, gazetteer))


def test_pictures_of_an_event_keep_the_place(gazetteer):
    text = "The channel showed pictures from Tegh, where a shell hit the school on Saturday night."
    assert layers(text, gazetteer).get("Tegh") == "shelling"


def test_pictures_said_to_show_something_keep_the_place(gazetteer):
    text = "More photos from Tegh will follow next week, showing the burnt barns above the village."
    assert "Tegh" in layers(text, gazetteer)
