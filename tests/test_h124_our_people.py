"""One of the writer's own people named by their home ("our student from A", "my neighbour from B") is described by
it, as "a student from A" is: nothing happened there unless the sentence tells harm there, or the person speaks (a
member's letter may tell her home's own news)."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2021-03-02")


def test_our_student_from_a_town_only_describes_her(gazetteer):
    text = "The corner table is kept on Fridays for our student from Sisian, who is glazing a set of blue bowls."
    assert "Sisian" not in layers(text, gazetteer)


def test_my_neighbour_from_a_village_only_describes_him(gazetteer):
    text = "My neighbour from Tegh lends us his ladder every spring, and we pay him in jam."
    assert "Tegh" not in layers(text, gazetteer)


def test_our_member_from_a_district_who_writes_of_fighting_there_keeps_it(gazetteer):
    text = "Our member from Goranboy writes that there was heavy fighting in her district that spring."
    assert "Goranboy" in layers(text, gazetteer)


def test_our_neighbour_from_a_village_wounded_by_a_shell_keeps_it(gazetteer):
    text = "Our neighbour from Tegh was wounded by a shell on Monday."
    assert layers(text, gazetteer).get("Tegh") == "shelling"
