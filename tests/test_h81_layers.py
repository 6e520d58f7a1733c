"""Layers read in heldout81's wordings. A town a side "is now held by" (or "was still held by") is a line held there,
`checkpoints`, as heldout77 and heldout80 file it, even when a road is named where the town lies; a hold told over a
past span ("was held by ... from 1993 until 2020") and a person held stay as before. A road named only as where a
height or a position stands ("the height next to the road to X") is no news of the road: the place is filed by what
happens at the height."""

from tests.helpers import place_layer_pairs, waypoint_layers

DAY = "2020-11-21"


def test_a_town_now_held_by_a_side_is_a_line_held(gazetteer):
    text = "The town of Hadrut, which lies on the road some twenty kilometres south of Martuni, is now held by Azerbaijan."
    assert waypoint_layers(text, gazetteer, DAY)["Hadrut"] == "checkpoints"


def test_a_town_still_held_told_by_a_speaker(gazetteer):
    text = "Officials said that evening that Askeran was still held by the Karabakh army."
    assert waypoint_layers(text, gazetteer, DAY)["Askeran"] == "checkpoints"


def test_a_hold_over_a_past_span_is_no_line_held_now(gazetteer):
    text = "Martakert was still held by Armenian forces from 1994 until 2020, the guide said."
    assert waypoint_layers(text, gazetteer, DAY).get("Martakert") != "checkpoints"


def test_a_road_that_only_places_a_height_is_no_route(gazetteer):
    text = ("The defence ministry said a unit tried to move towards another height next to the mountain road to "
            "Askeran and was stopped by soldiers on duty there.")
    assert ("Askeran", "corridors") not in place_layer_pairs(text, gazetteer, "2023-03-27")
    assert waypoint_layers(text, gazetteer, "2023-03-27")["Askeran"] == "checkpoints"


def test_a_road_closed_near_a_height_is_still_the_road_s_news(gazetteer):
    text = "The defence ministry said the road to Askeran was closed to traffic on Monday."
    assert waypoint_layers(text, gazetteer, "2023-03-27")["Askeran"] == "corridors"


def test_a_person_still_held_by_a_side_is_no_line_held_at_his_town(gazetteer):
    for text in ("Karapetyan, a soldier from Martuni, is still held by Azerbaijan, his mother said.",
                 "The two men detained near Khnatsakh are still held by Azerbaijani border guards, Yerevan said.",
                 "The prisoners from Hadrut are still held by Azerbaijan, officials said."):
        assert "checkpoints" not in waypoint_layers(text, gazetteer, DAY).values(), text


def test_fire_from_positions_above_a_road_is_still_the_road_s_news(gazetteer):
    # fire from the positions is on the road: the convoy hit on it is the road's news, no height's placing
    text = "Fire from positions above the road to Shushi hit a convoy on Monday, the ministry said."
    assert waypoint_layers(text, gazetteer, DAY)["Shusha"] == "corridors"
