"""Three readings of a road or of fire near places: residents who block or close "the road near" a thing of their
town, unnamed ("near the town's airport"), cut that road (corridors), not a post; soldiers standing on a road at a
place hold it as guards posted there do (checkpoints); and weapons fired "between", "near" or "around" places are fire
there (shelling), as weapons fired "at" them are."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2021-03-02")


# residents who close the road near their town's airport

def test_residents_closing_the_road_near_their_towns_station_cut_the_road(gazetteer):
    text = "On Sunday residents of Kapan closed the road near the town's bus station, asking for new shelters."
    assert layers(text, gazetteer).get("Kapan") == "corridors"


def test_villagers_blocking_the_road_near_their_village_cut_the_road(gazetteer):
    text = "On Monday villagers of Kirants blocked the road near the school once more, and the lorries waited."
    assert layers(text, gazetteer).get("Kirants") == "corridors"


def test_protesters_blocking_the_road_near_a_town_stay_a_blocking_point(gazetteer):
    text = "On Monday protesters were blocking the road near Shusha again."
    assert layers(text, gazetteer).get("Shusha") == "checkpoints"


def test_residents_blocking_the_road_near_a_named_checkpoint_stay_at_the_post(gazetteer):
    text = "On Monday villagers blocked the road near the checkpoint at Kirants for two hours."
    assert layers(text, gazetteer).get("Kirants") == "checkpoints"


def test_residents_blocking_the_road_near_a_named_village_stay_a_blocking_point(gazetteer):
    text = "On Monday residents blocked the road near Kirants for two hours."
    assert layers(text, gazetteer).get("Kirants") == "checkpoints"


def test_activists_blocking_the_road_near_a_town_stay_a_blocking_point(gazetteer):
    text = "On Monday a group calling itself ecological activists blocked the road near Shusha and pitched tents."
    assert layers(text, gazetteer).get("Shusha") == "checkpoints"


# soldiers standing on a road at a place

def test_soldiers_standing_on_the_highway_at_a_village_are_a_post(gazetteer):
    text = "Driving home on Friday, the teacher saw Azerbaijani soldiers standing on the highway at Shurnukh."
    assert layers(text, gazetteer).get("Shurnukh") == "checkpoints"


def test_troops_who_stood_on_the_road_near_a_village_are_a_post(gazetteer):
    text = "On Friday Azerbaijani troops stood on the road near Shurnukh beside a new flag."
    assert layers(text, gazetteer).get("Shurnukh") == "checkpoints"


def test_soldiers_standing_on_a_lake_shore_are_no_post(gazetteer):
    text = "On Friday Azerbaijani soldiers were still standing on the shore of Sev Lich."
    assert layers(text, gazetteer).get("Sev Lich") != "checkpoints"


def test_a_tank_standing_on_the_road_between_two_towns_is_no_post(gazetteer):
    text = "On Friday a tank was standing on the road between Chartar and Stepanakert, and nobody could leave."
    assert "checkpoints" not in layers(text, gazetteer).values()


# weapons fired between or near places

def test_weapons_fired_between_two_villages_are_fire_there(gazetteer):
    text = "A video filmed on Sunday shows Azerbaijani soldiers firing small and large-calibre weapons between Tegh and Kornidzor."
    found = layers(text, gazetteer)
    assert found.get("Tegh") == "shelling" and found.get("Kornidzor") == "shelling"


def test_machine_guns_fired_near_a_village_are_fire_there(gazetteer):
    text = "On Sunday night the soldiers fired machine guns near Tegh for half an hour."
    assert layers(text, gazetteer).get("Tegh") == "shelling"


def test_a_coach_fired_near_a_village_is_no_fire(gazetteer):
    text = "On Sunday the football club fired its coach after a defeat near Tegh."
    assert layers(text, gazetteer).get("Tegh") != "shelling"


def test_residents_closing_the_highway_outside_their_village_stay_a_blocking_point(gazetteer):
    text = "On Friday residents of Kirants closed the highway outside the village for an hour."
    assert layers(text, gazetteer).get("Kirants") == "checkpoints"
