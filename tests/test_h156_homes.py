"""Where nothing happened: a visiting party named by its home ("A school group from X, thirty pupils") and the
writer's own staff named by theirs ("two of our guides come from the X district") only describe people; a carpet
"of X type" is named after a town's weaving. Each keeps its place when the sentence tells harm or another place."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2019-10-29")


def test_a_school_group_named_by_its_home_is_no_event_there(gazetteer):
    text = "At nine a school group from Shamkir arrived, twenty-five pupils and two teachers."
    assert "Shamkir" not in layers(text, gazetteer)


def test_the_school_from_a_town_booking_a_visit_is_no_event_there(gazetteer):
    text = "The school from Barda has booked the hall for Friday, fifty pupils."
    assert "Barda" not in layers(text, gazetteer)


def test_a_school_group_under_fire_keeps_its_home(gazetteer):
    text = "A school group from Tartar was caught in the shelling on Monday."
    assert layers(text, gazetteer).get("Tartar") == "shelling"


def test_a_school_group_on_its_way_keeps_its_home(gazetteer):
    text = "A school group from Goris left for Yerevan on Monday."
    assert "Goris" in layers(text, gazetteer)


def test_our_staff_named_by_their_home_district_is_no_event_there(gazetteer):
    text = "Three of our guides come from the Lachin district and asked for a day off."
    assert "Lachin District" not in layers(text, gazetteer)


def test_our_staff_whose_home_was_shelled_keep_it(gazetteer):
    text = "Two of our staff come from Tartar, which was shelled last night."
    assert layers(text, gazetteer).get("Tartar") == "shelling"


def test_a_carpet_named_by_a_towns_type_is_no_event_there(gazetteer):
    text = "Item 4. A rug, Shusha type, slightly worn at the fringe."
    assert "Shusha" not in layers(text, gazetteer)


def test_a_type_of_attack_is_no_carpet(gazetteer):
    text = "The shelling of Tartar followed the same pattern as last week, with rockets at dawn."
    assert layers(text, gazetteer).get("Tartar") == "shelling"


def test_the_towns_a_line_runs_between_only_locate_the_station(gazetteer):
    text = "The depot at Horadiz, on the line from Baku through Horadiz to Julfa, was looted after the war."
    found = layers(text, gazetteer)
    assert "Julfa" not in found and "Baku" not in found and "Horadiz" in found


def test_a_line_taken_up_again_keeps_its_towns(gazetteer):
    text = "Shells fell near Horadiz, on the line from Baku to Julfa, and the line was cut."
    assert "Julfa" in layers(text, gazetteer)
