"""A river is an event's place only where people cross it or drown in it; elsewhere it only locates what lies on
it. The crossing goes to the corridors layer, unless it is made under fire."""

import datetime as dt

from geo.extract import extract_text


def _events(gazetteer, text):
    return {e["place_name"]: e["layer"] for e in extract_text(text, dt.date(2023, 6, 1), gazetteer, source="test")}


def test_people_crossing_a_river_are_a_corridor_event_on_it(gazetteer):
    found = _events(gazetteer, "Hundreds of families fled by crossing the Araz river into Iran that night.")
    assert found.get("Araz River") == "corridors", found


def test_a_drowning_in_a_river_is_placed_on_it(gazetteer):
    found = _events(gazetteer, "Several refugees drowned in the Aras while fording it, a Red Cross worker said.")
    assert "Araz River" in found, found


def test_a_river_that_only_locates_a_village_is_no_event(gazetteer):
    found = _events(gazetteer, "Shells landed in Mashanli, a village on the Araz, on Tuesday morning.")
    assert "Araz River" not in found, found


def test_a_bridge_described_as_a_crossing_of_the_river_is_not_a_crossing(gazetteer):
    found = _events(gazetteer, "Troops raised the flag over the Khudafarin bridge, an old stone crossing on the "
                               "Aras river, on Sunday.")
    assert "Araz River" not in found, found
    assert "Khudafarin Bridges" in found, found


def test_the_river_does_not_take_the_armavir_village_s_name(gazetteer):
    assert gazetteer.resolve("Araks").place.country == "AM"


def test_a_crossing_made_under_fire_is_fire_at_the_river(gazetteer):
    found = _events(gazetteer, "An infantry company crossed the Arpa river before dawn under mortar fire, a commander said.")
    assert found.get("Arpa River") == "shelling", found


def test_a_crossing_to_get_away_from_fire_is_still_a_way_across(gazetteer):
    found = _events(gazetteer, "Shepherds' families crossed the Araz into Iran after the bombardment of their hamlet.")
    assert found.get("Araz River") == "corridors", found


def test_a_crossing_troops_practise_is_an_exercise_on_the_river(gazetteer):
    found = _events(gazetteer, "Army engineers spent the week practising a crossing of the Araz near the border.")
    assert found.get("Araz River") == "other", found
    found = _events(gazetteer, "Sappers laid a floating bridge over the Aras during the spring drill, the army said.")
    assert found.get("Araz River") == "other", found


def test_refugees_making_a_crossing_of_a_river_travel_across_it(gazetteer):
    found = _events(gazetteer, "The crossing of the Araz by forty families took most of the night.")
    assert found.get("Araz River") == "corridors", found


def test_people_crossing_on_a_pontoon_bridge_travel_a_way(gazetteer):
    found = _events(gazetteer, "Forty refugee families crossed the Araz on a pontoon bridge near Horadiz on Tuesday.")
    assert found.get("Araz River") == "corridors", found


def test_a_pontoon_bridge_soldiers_lay_is_their_exercise(gazetteer):
    found = _events(gazetteer, "Army sappers laid a pontoon bridge across the Araz near Horadiz on Tuesday.")
    assert found.get("Araz River") == "other", found


def test_drills_in_another_clause_do_not_make_a_crossing_an_exercise(gazetteer):
    found = _events(gazetteer, "Forty families crossed the Araz near Horadiz on Tuesday, while army drills went on "
                               "near Beylagan.")
    assert found.get("Araz River") == "corridors", found
