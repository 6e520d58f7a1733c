"""A road named by its towns held by soldiers is a blockade at both towns, whatever a later statement naming no
place tells of the fire on the people on it."""
import datetime as dt

from geo.extract import extract_text


def _events(text, day=dt.date(2023, 10, 5)):
    return [(name, e["layer"], e["claimed_by"]) for e in extract_text(text, day) for name in e["place"].split(";")]


def _layers(text):
    return {(name, layer) for name, layer, _ in _events(text)}


# a road held by soldiers

def test_soldiers_holding_a_road_between_two_villages():
    rows = _layers("The farmer said that soldiers were holding the road from Khachmach to Sarushen all afternoon.")
    assert {("Khachmach", "corridors"), ("Sarushen", "corridors")} <= rows


def test_road_held_and_a_later_clause_of_fire_on_the_car():
    rows = _layers("He said that when they set off for the clinic, soldiers were holding the road from Khachmach "
                   "to Sarushen, and that shots hit the bonnet of the van.")
    assert {("Khachmach", "corridors"), ("Sarushen", "corridors")} <= rows


def test_soldiers_holding_a_village_stays_its_control():
    # negative case: a village held, no road named by its towns
    rows = _layers("The ministry said its soldiers were holding Sarushen.")
    assert ("Sarushen", "corridors") not in rows
    assert ("Sarushen", "checkpoints") in rows


def test_a_road_shelled_is_not_a_road_held():
    # negative case: fire on the road in its own clause is no blockade
    rows = _layers("Shells hit the road from Khachmach to Sarushen, and that the van burned.")
    assert ("Khachmach", "corridors") not in rows
