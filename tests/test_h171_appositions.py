"""A village's apposition saying where it lies ("X, the village on the road between A and B") locates it: the towns
it lies between are no events, and the road in the apposition does not make the village a route's."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(1992, 9, 25)


def _events(text):
    return {p: e["layer"] for e in extract_text(text, DAY) for p in e["place"].split(";")}


def test_the_towns_a_village_lies_between_only_locate_it():
    found = _events("On Tuesday armour massed near Zarysly, a village between Shusha and Lachin.")
    assert "Zarysly" in found and "Shusha" not in found and "Lachin" not in found


def test_the_road_of_the_apposition_is_no_route():
    found = _events("On Tuesday armour massed near Zarysly, the village on the road between Shusha and Lachin, "
                    "and the crews waited.")
    assert found == {"Zarysly": "other"}


def test_a_road_between_two_towns_told_as_news_keeps_them():
    found = _events("The road between Shusha and Lachin was cut on Tuesday.")
    assert "Shusha" in found and "Lachin" in found


def test_a_village_then_cut_off_from_the_road_keeps_its_route():
    assert _events("Units massed near Zarysly, and the village was cut off from the road.")["Zarysly"] == "corridors"


def test_a_trip_to_a_village_on_a_road_towards_a_town_keeps_its_route():
    found = _events("I paid a driver to take me to Zarysly, the village on the old road towards Lachin.")
    assert found["Zarysly"] == "corridors"
