"""Places that only describe, ask or set a task: the outlet's own desk "in" a city is where its staff sit; a
worksheet's task on a map ("On the outline map, mark A and B") and a question put to "you" ("Which of these towns
could you reach from X?") tell nothing that happened at the places they name; a bridge told by what it links ("the
bridge, which joins the X district to Iran") keeps its own event, the sides it joins are only its description. Each
rule keeps the places when the sentence tells of harm, and a first name that looks like a verb is no task."""

from tests.helpers import place_layers, rows


def _names(text, gazetteer, published="2021-05-10"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_the_outlet_s_desk_in_a_city_is_no_event(gazetteer):
    text = "The night desk in Yerevan sends the next summary at 07:00; urgent items go out on their own."
    assert "Yerevan" not in _names(text, gazetteer)


def test_a_desk_in_a_town_hit_by_shells_keeps_the_town(gazetteer):
    text = "The desk in Tartar was damaged when shells hit the building on Monday, the paper said."
    assert "Tartar" in _names(text, gazetteer, "2020-10-06")


def test_a_map_task_names_no_event(gazetteer):
    text = "On the outline map, mark Goris, Sisian, Kapan and Meghri."
    assert not _names(text, gazetteer)


def test_a_task_with_the_map_after_the_verb_names_no_event(gazetteer):
    text = "Locate Lachin and Kalbajar on the blank map of the region."
    assert not _names(text, gazetteer)


def test_a_first_name_like_a_verb_is_no_map_task(gazetteer):
    text = "Mark Petrosyan drove from Goris to Kapan on Monday, the agency said."
    assert {"Goris", "Kapan"} <= _names(text, gazetteer)


def test_a_quiz_question_to_the_reader_names_no_event(gazetteer):
    text = "Before the war, which of these towns could you have reached by train from Yerevan: Ijevan, Dilijan, Sisian?"
    assert not _names(text, gazetteer)


def test_a_statement_about_shelling_is_no_question(gazetteer):
    text = "Shells fell on Tartar on Monday, and you can still see the craters, the ministry said."
    assert place_layers(text, gazetteer, "2020-10-06").get("Tartar") == "shelling"


def test_the_area_a_bridge_links_is_only_its_description(gazetteer):
    text = "On Sunday the army reached the Khudafarin bridge, which links the Jabrayil district with Iran."
    names = _names(text, gazetteer, "2020-10-19")
    assert "Jabrayil District" not in names and "Jabrayil" not in names


def test_a_road_that_links_an_area_keeps_it(gazetteer):
    text = "The road, which links the Lachin district with Armenia, was closed on Monday."
    assert "Lachin District" in _names(text, gazetteer, "2022-08-02")


def test_a_bridge_clause_telling_of_fire_keeps_its_places(gazetteer):
    text = "The bridge that links Horadiz and Aghband was shelled overnight, the ministry said."
    assert {"Horadiz", "Aghband"} <= _names(text, gazetteer, "2020-10-20")


def test_checkpoints_along_a_road_that_links_two_towns_keep_the_road_s_ends(gazetteer):
    text = "Police man checkpoints along the highway, which links Goris with Kapan."
    assert {"Goris", "Kapan"} <= _names(text, gazetteer)
