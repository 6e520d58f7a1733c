"""An army's push or drive on a place is fighting there ("the army began its push over the ridge towards X", "the
drive on Y, which began with two thousand men of the brigade"), as an offensive towards a place is; a trip's drive
and people pushing through a crowd stay as they were. Fire told as the subject of a "where" clause after a place
fell there, whatever the main clause calls the place ("a narrow passage below the X pass, where, in the army's
account, rockets caught the column"); a "where" clause with no fire leaves the way a way."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2019-06-04")


def test_a_push_over_a_ridge_towards_a_town(gazetteer):
    text = "In late March the army began its push across the hills towards Lachin, and the radio spoke of little else."
    assert layers(text, gazetteer).get("Lachin") == "shelling"


def test_troops_pushed_across_a_river_towards_a_town(gazetteer):
    text = "Two days later the troops pushed over the river towards Fuzuli under cover of fog."
    assert layers(text, gazetteer).get("Fuzuli") == "shelling"


def test_the_drive_on_a_town_with_its_brigade(gazetteer):
    text = "The book opens with the drive on Shusha, which started on 2 May with some two thousand men of one brigade."
    assert layers(text, gazetteer).get("Shusha") == "shelling"


def test_a_trip_drive_is_no_offensive(gazetteer):
    text = "The drive towards Goris took us three hours, and the road was empty all the way."
    assert layers(text, gazetteer).get("Goris") != "shelling"


def test_villagers_pushing_through_a_crowd(gazetteer):
    text = "Villagers pushed through the crowd towards Ganja on Monday to see the new bridge."
    assert layers(text, gazetteer).get("Ganja") != "shelling"


def test_rockets_in_a_where_clause_after_a_pass(gazetteer):
    text = ("The one way back for the cut-off battalion was a steep track south below the Sotk pass, where, in the "
            "ministry's account, rockets caught the lorries as they tried to get away.")
    assert layers(text, gazetteer).get("Sotk Pass") == "shelling"


def test_a_where_clause_with_no_fire_leaves_the_way(gazetteer):
    text = ("The one way back for the families was a steep track south below the Sotk pass, where, in the "
            "ministry's account, the lorries waited for two days.")
    assert layers(text, gazetteer).get("Sotk Pass") != "shelling"
