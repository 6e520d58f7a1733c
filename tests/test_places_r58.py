"""Places found and left out in lists, tables and asides: the homes of families listed with the area of their
villages ("families from A, B and other villages of C"), a list said to include a village the gazetteer lacks, the
first cell of a table-like row ("A / who / what"); a lake that only says where the place before it lies, the town a
reservoir stands above, and the town a reporter writes from."""

from tests.helpers import rows


def places(text, gazetteer):
    return {c["place_name"] for c in rows(text, gazetteer)}


def test_families_from_a_list_of_villages_and_their_area_leave_each_village(gazetteer):
    text = ("The ombudsman says families from Tegh, Khnatsakh, Kornidzor and other villages of Syunik had to "
            "leave their homes.")
    assert {"Tegh", "Khnatsakh", "Kornidzor"} <= places(text, gazetteer)


def test_families_from_a_list_of_three_villages_leave_each_of_them(gazetteer):
    text = "The ombudsman says families from Tegh, Khnatsakh and Kornidzor had to leave their homes."
    assert {"Tegh", "Khnatsakh", "Kornidzor"} <= places(text, gazetteer)
    # (where they live now named, the list is only their homes)
    assert places("Families from Tegh, Khnatsakh and Kornidzor now live in hotels in Goris.", gazetteer) == {"Goris"}


def test_a_list_a_province_includes_keeps_its_village_the_gazetteer_lacks(gazetteer):
    found = places("The governor says the list in Tavush includes Verin Aygepar and Chinari.", gazetteer)
    assert {"Verin Aygepar", "Chinari"} <= found
    # (a list of people makes no village)
    text = "The mayor said the list of guests in Syunik included Armen Sargsyan and Davit Hakobyan."
    assert not any("Sargsyan" in p or "Hakobyan" in p for p in places(text, gazetteer))


def test_the_first_cell_of_a_table_row_is_its_place(gazetteer):
    assert places("Khnatsakh / local council / Two houses were hit by mortar rounds.", gazetteer) == {"Khnatsakh"}


def test_a_lake_whose_shore_a_village_lies_on_is_no_place_of_the_news(gazetteer):
    text = "Shelling hit the village of Tsovagyugh on the northern shore of Lake Sevan."
    assert places(text, gazetteer) == {"Tsovagyugh"}


def test_a_lake_right_after_a_village_only_locates_it(gazetteer):
    assert places("Shelling hit Artanish on the shore of Lake Sevan.", gazetteer) == {"Artanish"}
    # (fire on the shore itself stays there)
    assert "Lake Sevan" in places("Shells fell on the shore of Lake Sevan near Vardenis.", gazetteer)


def test_the_town_a_reservoir_stands_above_only_locates_it(gazetteer):
    text = "Officials said the Spandaryan Reservoir above Sisian had been struck by a drone."
    assert places(text, gazetteer) == {"Spandaryan Reservoir"}


def test_the_town_a_reporter_writes_from_is_no_scene(gazetteer):
    text = "The Asbarez correspondent, writing from Kapan, listed shelling of Tegh and Kornidzor on Tuesday."
    assert places(text, gazetteer) == {"Tegh", "Kornidzor"}
    # (what happened where the reporter is, told there, stays)
    text = "Karen Grigoryan, reporting from Goris, where shells hit two houses, said the town was calm."
    assert "Goris" in places(text, gazetteer)
