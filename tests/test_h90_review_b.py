"""A drive on a place is an offensive only with troops named and no trip, road or garrison in the way ("the drive on
the X road took two hours, and soldiers at the post checked us" is a journey); a weapon in a "where" clause after a
place is fire there only if it acts, not if it is stored, set up, collected or shown."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2021-06-10")


def test_a_drive_on_a_road_with_soldiers_at_a_post(gazetteer):
    text = "The drive on the Goris road took two hours, and soldiers at the post checked us twice."
    assert layers(text, gazetteer).get("Goris") != "shelling"


def test_a_drive_towards_a_town_where_troops_were_stationed(gazetteer):
    text = "We began the drive towards Lachin, where troops of the Russian contingent were stationed."
    assert layers(text, gazetteer).get("Lachin") != "shelling"


def test_their_drive_slowed_by_ice(gazetteer):
    text = "Their drive towards Stepanakert was slow because the road was icy, our driver said."
    assert layers(text, gazetteer).get("Stepanakert") != "shelling"


def test_their_drive_with_tanks_and_battalions(gazetteer):
    text = "Their drive on Agdam in the summer of 1993 involved tanks and three battalions."
    assert layers(text, gazetteer).get("Aghdam") == "shelling"


def test_launchers_positioned_where_trucks_pass(gazetteer):
    text = "Trucks used the road near Kelbajar, where Grad launchers had been positioned before the truce."
    assert layers(text, gazetteer).get("Kalbajar") != "shelling"


def test_rocket_fragments_collected_on_a_corridor(gazetteer):
    text = "The humanitarian corridor ran through Berdzor, where rocket fragments were collected by children."
    assert layers(text, gazetteer).get("Lachin") != "shelling"


def test_shells_falling_where_the_road_runs(gazetteer):
    text = "Trucks used the road near Kelbajar, where artillery shells were falling all night."
    assert layers(text, gazetteer).get("Kalbajar") == "shelling"
