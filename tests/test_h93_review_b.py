"""People who remain in a town did not flee it, flowers left at a memorial are no flight, a wreath brought to a town
is no route, and a post on the streets is the posted subject's own, not another's later in the sentence."""

from functools import partial

from tests.helpers import place_layers, rows

layers = partial(place_layers, published="2020-11-05")


def _kinds(text, gazetteer, place):
    return [c["kind"] for c in rows(text, gazetteer, "2020-11-05") if c["place_name"] == place]


def test_no_people_left_in_a_village_is_no_flight(gazetteer):
    text = "After weeks of shelling, there are no people left in the village of Sarijali near Barda, a reporter found."
    assert "humanitarian" not in _kinds(text, gazetteer, "Barda")


def test_residents_left_in_the_town_remain(gazetteer):
    text = "Only 300 residents left in the town of Tartar remain, the district head said."
    assert "humanitarian" not in _kinds(text, gazetteer, "Tartar")


def test_flowers_left_at_a_memorial_are_no_flight(gazetteer):
    text = "Residents left flowers at the memorial in Ganja on Sunday, a week after the missile strike."
    assert "humanitarian" not in _kinds(text, gazetteer, "Ganja")


def test_residents_who_left_a_town_still_fled(gazetteer):
    text = "Thousands of residents left Tartar in the first days of the war."
    assert "humanitarian" in _kinds(text, gazetteer, "Tartar")


def test_a_wreath_brought_to_a_town_is_no_route(gazetteer):
    text = "Diplomats are bringing a wreath to Ganja on Saturday, the ministry said."
    assert layers(text, gazetteer).get("Ganja") != "corridors"


def test_another_subject_posted_on_the_streets_is_no_post(gazetteer):
    text = ("Troops were posted on the front line near Tartar, and their letters were posted on the streets' "
            "noticeboards.")
    assert layers(text, gazetteer).get("Tartar") != "checkpoints"


def test_police_posted_on_the_streets_still_a_post(gazetteer):
    text = "Police and troops arrived in Yevlakh and were posted on the city's streets and on the roads into it."
    assert layers(text, gazetteer).get("Yevlakh") == "checkpoints"
