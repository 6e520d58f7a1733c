"""A place that opens a sentence as its scene takes what a later "the village" or "the town", as the subject of a
passive, says befell it: "In X the head told reporters that the village had been bombarded". A place whose people are the ones killed or
wounded ("a resident of X was wounded") is a place fire reached, unless the sentence gives another cause."""

from tests.helpers import place_layers


def test_the_village_as_subject_of_had_been_bombarded_is_the_scene(gazetteer):
    text = "In Movses the community head told journalists that the village had been bombarded overnight."
    assert place_layers(text, gazetteer).get("Movses") == "shelling"


def test_the_town_as_subject_of_was_shelled_is_the_scene(gazetteer):
    text = "In Berd the mayor told reporters on Friday that the town was shelled twice."
    assert place_layers(text, gazetteer).get("Berd") == "shelling"


def test_the_village_said_to_be_calm_is_no_fire(gazetteer):
    text = "In Movses the community head told journalists that the village was calm overnight."
    assert place_layers(text, gazetteer).get("Movses") == "other"


def test_roads_of_the_village_paved_are_no_scene_of_the_village(gazetteer):
    text = "In Chinari the head said the roads of the village have been paved."
    assert place_layers(text, gazetteer).get("Chinari") != "shelling"


def test_a_resident_wounded_is_fire_at_the_village(gazetteer):
    assert place_layers("A resident of Chinari was wounded on Tuesday.", gazetteer).get("Chinari") == "shelling"
    assert place_layers("Two villagers in Movses were killed.", gazetteer).get("Movses") == "shelling"


def test_a_resident_killed_in_a_road_accident_is_no_fire(gazetteer):
    found = place_layers("A resident of Chinari was killed in a road accident on Tuesday.", gazetteer)
    assert found.get("Chinari") == "other"


def test_residents_evacuated_are_no_casualties(gazetteer):
    assert place_layers("Residents of Movses were evacuated on Tuesday.", gazetteer).get("Movses") == "other"
