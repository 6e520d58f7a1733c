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


# a bus "between A and B" is their route; but not where fire told after it only says why the service stopped or
# when it runs again: the towns are no more hit than before (the fire names no place)

def test_a_bus_between_two_towns_cancelled_after_the_shelling_is_no_fire_at_them():
    assert "shelling" not in _layers("The bus between Goris and Kapan was cancelled after the shelling.", "Goris")
    assert "shelling" not in _layers("The minibus between Goris and Kapan was cancelled because of the shelling "
                                     "on Tuesday.", "Kapan")


def test_buses_between_two_towns_running_again_after_the_shelling_are_no_fire_at_them():
    assert "shelling" not in _layers("Buses between Goris and Kapan run again after the shelling.", "Goris")
    assert "shelling" not in _layers("The bus between Goris and Kapan runs again after last week's shelling.",
                                     "Kapan")


def test_a_bus_between_two_towns_cancelled_after_fire_elsewhere_leaves_the_fire_there():
    rows = _rows("The minibus between Goris and Kapan was cancelled after the shelling of Tegh on Tuesday.")
    assert [e["layer"] for e in rows if e["place_name"] == "Tegh"] == ["shelling"]
    assert not [e for e in rows if "Goris" in e["place_name"] and e["layer"] == "shelling"]


def test_a_bus_between_two_towns_runs_twice_a_day_is_their_route():
    assert [(e["place_name"], e["layer"]) for e in _rows("The minibus between Goris and Kapan runs twice a day.")] \
        == [("Goris;Kapan", "corridors")]


def test_a_bus_between_two_towns_cancelled_after_the_shelling_told_first_is_their_route():
    assert [(e["place_name"], e["layer"]) for e in
            _rows("After the shelling, the bus between Goris and Kapan was cancelled.")] == \
        [("Goris;Kapan", "corridors")]


# someone who "came to X to see" visited X; not troops who came and then fired on it

def test_troops_who_came_to_assess_and_shelled_the_village_shelled_it():
    assert _layers("Azerbaijani troops came to Sotk to assess Armenian positions, and shelled the village.", "Sotk",
                   "2023-03-17") == ["shelling"]
    assert _layers("Azerbaijani units came to Sotk to see the Armenian posts and opened fire on the village.",
                   "Sotk", "2023-03-17") == ["shelling"]


def test_a_minister_who_went_to_see_the_damage_visited():
    assert _layers("The governor went to Tegh to see the houses hit by shells and met residents.", "Tegh",
                   "2023-03-17") == ["other"]
    assert _layers("The EU monitors travelled to Jermuk to inspect the damage from Tuesday's shelling.", "Jermuk",
                   "2023-03-17") == ["other"]


# buildings hit that "had been repaired" are the repair; not a renovation told as done before the hit

def test_buildings_hit_that_had_been_renovated_twice_since_a_year_are_the_hit():
    assert _layers("Houses hit in Sotk on Monday had been renovated twice since 2020.", "Sotk", "2022-11-28") == \
        ["shelling"]


def test_homes_hit_that_had_been_rebuilt_a_year_ago_are_the_hit():
    assert _layers("Homes shelled in Sotk on Monday had been rebuilt a year ago.", "Sotk", "2022-11-28") == \
        ["shelling"]


def test_houses_hit_that_had_been_repaired_by_a_later_time_are_the_repair():
    assert _layers("Houses hit in Sotk in September had been repaired by the time the monitors returned.", "Sotk",
                   "2022-11-28") == ["other"]
    assert _layers("Houses hit in Sotk in July had been repaired months before the winter.", "Sotk",
                   "2022-11-28") == ["other"]


# a customer from X only says who they are; not when X is named again after them, or they died

def test_a_guest_from_a_town_telling_of_the_blockade_there_keeps_the_town():
    assert _places("A guest from Stepanakert told of the blockade and the empty shops there.", "2022-10-01") == \
        {"Stepanakert"}


def test_a_patient_from_a_village_who_died_of_wounds_keeps_the_village():
    assert _places("A patient from Sotk died of wounds on Monday, the hospital said.", "2022-10-01") == {"Sotk"}


def test_a_customer_from_a_town_lending_a_book_is_still_no_event():
    assert _places("One customer from Goris has lent us a book of old photographs of the town's market.",
                   "2022-10-01") == set()
