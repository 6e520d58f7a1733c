"""Review of heldout133's rules on wordings they were not written for: what must stay as it was before them, and
what they rightly change."""

import datetime as dt

from geo.extract import extract_text


def _rows(text, published="2022-09-21"):
    return extract_text(text, dt.date.fromisoformat(published))


def _places(text, published="2022-09-21"):
    return {name for e in _rows(text, published) for name in e["place_name"].split(";")}


def _layers(text, place, published="2022-09-21"):
    return [e["layer"] for e in _rows(text, published) if place in e["place_name"].split(";")]


# a road leaving "from the A–B highway" (A and B only place where it leaves); not road blocks taken from the A–B
# road, nor troops withdrawing from it, nor snow or mines cleared from it: those are the A–B road's own news

def test_road_blocks_cleared_from_a_road_keep_its_towns():
    assert _places("Protesters cleared the road blocks from the Stepanakert–Lachin road on Tuesday.") == \
        {"Stepanakert", "Lachin"}


def test_a_road_barrier_removed_from_a_road_keeps_its_towns():
    assert _places("Peacekeepers removed the road barrier from the Lachin–Stepanakert road on Tuesday.") == \
        {"Lachin", "Stepanakert"}


def test_troops_withdrawing_from_a_highway_keep_its_towns():
    assert _places("Traffic returned to the road after troops withdrew from the Goris–Kapan highway on "
                   "Tuesday.") == {"Goris", "Kapan"}


def test_mines_cleared_from_the_road_and_a_highway_keep_its_towns():
    assert _places("The army cleared mines from the road and from the Aghdam–Fuzuli highway on Tuesday.") == \
        {"Aghdam", "Fuzuli"}


def test_road_crews_clearing_snow_from_a_road_keep_its_towns():
    assert _places("Road crews cleared snow from the Vardenis–Kalbajar road on Tuesday.") == {"Vardenis", "Kalbajar"}


def test_a_turn_off_from_a_highway_only_places_where_it_leaves():
    assert _places("A turn-off from the Yerevan–Goris highway leads to Jermuk, where shells fell on Tuesday.") == \
        {"Jermuk"}


def test_a_branch_road_running_to_a_village_from_a_highway_leaves_its_towns_out():
    assert _places("Troops blocked the branch road that runs to Tegh from the Goris–Kapan highway on Tuesday.") == \
        {"Tegh"}
    assert _places("Shells hit the spur that branches off to Tegh from the Goris–Kapan highway on Tuesday.") == \
        {"Tegh"}
    assert _places("Soldiers stood on the road running up to Tegh from the Goris–Kapan highway on Tuesday.") == \
        {"Tegh"}
