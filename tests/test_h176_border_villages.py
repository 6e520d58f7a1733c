"""Wordings of fire on border villages and of a village named by one side or left by its people (heldout176's
misses, read as general rules; the sentences are written for these tests)."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 9, 30)


def _events(sentence):
    return {e["place"]: e for e in extract_text(sentence, DAY)}


def test_fired_straight_at_is_fire_on_the_places():
    found = _events("On Sunday the border troops fired straight at the villages of Kut and Norabak, the mayor said.")
    assert found["Kut"]["layer"] == "shelling"
    assert found["Norabak"]["layer"] == "shelling"


def test_fired_straight_away_is_no_fire():
    found = _events("Workers in Kut were fired straight away by the new owner.")
    assert found["Kut"]["layer"] != "shelling"


def test_list_ending_on_an_unknown_village_keeps_its_items():
    found = _events("The governor listed shell damage to the houses of Kut, Azat and Qwertovank.")
    assert found["Kut"]["layer"] == "shelling"
    assert found["Azat"]["layer"] == "shelling"


def test_a_name_followed_by_a_verb_ends_no_list():
    found = _events("The governor listed shell damage to the houses of Kut, Azat and Narine told us about it.")
    assert found["Azat"]["layer"] != "shelling"


def test_a_settlement_one_side_calls_by_its_name_is_the_village():
    found = extract_text("The ministry said the shots came from a settlement it calls Zod.", DAY)
    assert [e["place"] for e in found] == ["Zod"]
    assert found[0]["layer"] == "shelling"


def test_a_person_one_side_calls_by_a_village_name_is_no_place():
    assert extract_text("A farmer the neighbours call Zod said the harvest was late.", DAY) == []


def test_an_area_under_one_sides_name_only_locates():
    found = [e["place"] for e in extract_text(
        "The ministry said the shots came from a settlement it calls Zod, in what it names the Basarkechar region.",
        DAY)]
    assert found == ["Zod"]


def test_a_village_its_people_left():
    found = extract_text("A teacher told reporters that she had left Sotk with her two sons after midnight.", DAY)
    assert [e["place"] for e in found] == ["Sotk"]


def test_left_with_an_object_after_is_no_leaving():
    assert extract_text("She left Sotk a note on the kitchen table.", DAY) == []
