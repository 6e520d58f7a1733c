"""Places that only locate, second round: what a capital says of the news ("the reaction in Baku will follow"),
the seat a force was commanded from ("the fighters were led from X"), a town named for what an area borders ("the
district borders X"), a relative named by the town she lives in and then described ("a cousin in X who works at the
office"), the district another was joined to in an administrative merger, the home a writer's family comes from,
and a colonel or a general named by his seat. None of them is where anything happened, and the sets leave them out;
each rule keeps the place when the sentence tells of harm, or when the phrase is not the locating one."""

from tests.helpers import place_layers


def test_the_reaction_in_a_capital_is_no_place(gazetteer):
    text = "A short piece on the reaction in Yerevan will follow if the government comments this evening."
    assert "Yerevan" not in place_layers(text, gazetteer, "1993-06-29")


def test_a_capital_where_something_happens_stays(gazetteer):
    text = "Thousands gathered in Yerevan on Monday to protest against the closure of the road."
    assert "Yerevan" in place_layers(text, gazetteer, "1993-06-29")


def test_the_seat_a_force_was_led_from_is_no_place(gazetteer):
    text = "We wrote that the volunteer units defending the northern villages were commanded from Goris."
    assert "Goris" not in place_layers(text, gazetteer, "2012-07-07")


def test_shelling_from_a_town_is_still_an_event(gazetteer):
    text = "The ministry said the villages were shelled from Goris on Monday."
    assert "Goris" in place_layers(text, gazetteer, "2012-07-07")


def test_a_town_the_district_borders_is_no_place(gazetteer):
    text = "Readers should keep in mind that the region borders Mingachevir, a city held at the time by the army."
    assert "Mingachevir" not in place_layers(text, gazetteer, "1993-06-29")


def test_fire_on_villages_bordering_a_town_is_kept(gazetteer):
    text = "Artillery shelled the villages bordering Tovuz overnight, the ministry said."
    assert "Tovuz" in place_layers(text, gazetteer, "2014-08-02")


def test_a_cousin_in_a_town_who_works_there_only_locates_her(gazetteer):
    text = ("Since the fighting started we have heard from my parents once, through a cousin in Gyumri who works "
            "at the hospital there.")
    assert "Gyumri" not in place_layers(text, gazetteer, "1992-07-08")


def test_a_cousin_in_a_town_who_was_wounded_there_stays(gazetteer):
    text = "A cousin in Berd who was wounded by shelling on Sunday is now in hospital."
    assert "Berd" in place_layers(text, gazetteer, "2014-08-02")


def test_the_district_another_was_merged_with_is_no_place(gazetteer):
    text = ("About 15,000 people lived there before the war, and in 1991 the authorities merged it with the "
            "neighbouring Tartar district.")
    assert "Tartar District" not in place_layers(text, gazetteer, "2022-07-14")
    assert "Tartar" not in place_layers(text, gazetteer, "2022-07-14")


def test_troops_moving_into_a_district_are_still_an_event(gazetteer):
    text = "On Sunday the army moved into the neighbouring Tartar district with tanks, the ministry said."
    found = place_layers(text, gazetteer, "1993-06-29")
    assert {"Tartar District", "Tartar"} & set(found)


def test_where_a_writer_s_family_comes_from_is_no_place(gazetteer):
    text = "My husband's family comes from the Hadrut district, in the south of the region."
    assert not {"Hadrut", "Hadrut Province", "Khojavend District"} & set(place_layers(text, gazetteer, "1992-07-08"))


def test_families_who_fled_a_district_are_still_news(gazetteer):
    text = "Dozens of families fled the Hadrut district on Sunday as the shelling grew heavier."
    assert {"Hadrut", "Hadrut Province", "Khojavend District"} & set(place_layers(text, gazetteer, "1992-07-08"))


def test_a_colonel_named_by_his_seat_is_no_place(gazetteer):
    text = "A profile of the rebel colonel in Mingachevir is being prepared for Friday."
    assert "Mingachevir" not in place_layers(text, gazetteer, "1993-06-29")
