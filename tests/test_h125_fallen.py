"""A place that "has fallen" was taken (a control cue of its own), so a shelling told in another clause of the
sentence no longer spreads to it; shells that had fallen somewhere, or a town that could have fallen, stay as they
were."""

from tests.helpers import place_layers


def test_towns_that_have_fallen_are_taken_beside_a_town_under_shelling(gazetteer):
    text = ("Local radio says that Lachin and Kalbajar have fallen this month and that Tartar has been "
            "under shelling since Friday.")
    layers = place_layers(text, gazetteer, "1993-09-04")
    assert layers["Lachin"] == "other"
    assert layers["Kalbajar"] == "other"
    assert layers["Tartar"] == "shelling"


def test_shells_that_had_fallen_on_a_town_are_still_fire(gazetteer):
    text = "Officials in Tartar said that dozens of shells had fallen on Kalbajar and Lachin since Friday."
    layers = place_layers(text, gazetteer, "1993-09-04")
    assert layers["Kalbajar"] == "shelling"
    assert layers["Lachin"] == "shelling"
