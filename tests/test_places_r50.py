"""Places that only say where something else is, or are no place at all: a capital blamed (its government), a
reporter's name with the province he reports from, an area's other name set off after it, a name's "area of" a
district, and a district's seat written after a village of the district; and Damirchidam, a Kalbajar village."""

from tests.helpers import place_layers, rows


def places(text, gazetteer):
    return set(place_layers(text, gazetteer))


def test_a_capital_blamed_is_its_government(gazetteer):
    text = ("A border guard was hurt near Sotk on Monday, the ministry said, and it put the blame on Baku. "
            "Baku later blamed the whole incident on Yerevan.")
    found = places(text, gazetteer)
    assert "Sotk" in found
    assert "Baku" not in found and "Yerevan" not in found


def test_a_capital_where_something_happens_stays(gazetteer):
    assert "Yerevan" in places("Thousands marched in Yerevan on Sunday against the deal.", gazetteer)


def test_a_reporter_with_his_province_in_brackets_is_no_village(gazetteer):
    text = ("Studio: Mariam Hakobyan. Field reports: Tigran Melkonyan (Syunik), Lilit Davtyan (studio).\n\n"
            "Shots were fired at Berkaber this morning, the ministry said.")
    found = rows(text, gazetteer)
    assert {r["place_name"] for r in found} == {"Berkaber"}


def test_an_area_named_again_in_the_other_sides_usage_is_no_event(gazetteer):
    text = ("The ministry said fire came from positions near Zarkand in the Basarkechar district "
            "(Vardenis in Armenian usage) on Monday evening.")
    found = places(text, gazetteer)
    assert "Vardenis" not in found and "Basarkechar District" not in found


def test_the_area_of_a_district_locates_the_name_before_it(gazetteer):
    text = "Units in the Zarkand area of the Basarkechar district fired at positions near Yukhari Ayrim on Monday."
    found = places(text, gazetteer)
    assert "Yukhari Ayrim" in found
    assert "Vardenis" not in found and "Basarkechar District" not in found


def test_a_district_seat_after_its_village_only_locates_it(gazetteer):
    text = "Positions near Yukhari Ayrim and Damirchidam in Kalbajar came under fire overnight, the ministry said."
    found = places(text, gazetteer)
    assert {"Yukhari Ayrim", "Damirchidam"} <= found
    assert "Kalbajar" not in found


def test_a_village_in_another_districts_town_is_that_towns_namesake(gazetteer):
    found = places("Shells hit the village of Aghdam in Tovuz on Monday.", gazetteer)
    assert "Aghdam" not in found and "Tovuz" not in found


def test_damirchidam_is_placed_north_of_kalbajar(gazetteer):
    row = next(r for r in rows("Shells fell near Damirchidam on Sunday.", gazetteer) if r["place_name"] == "Damirchidam")
    (lon, lat), = row["coordinates"]
    assert 40.1 < lat < 40.3 and 45.9 < lon < 46.2


def test_positions_in_an_exclave_beside_another_place_are_there(gazetteer):
    text = ("Drones tried to fly over army positions in Nakhchivan and in the Zangilan district overnight, "
            "the ministry said.")
    found = places(text, gazetteer)
    assert {"Nakhchivan", "Zangilan District"} <= found


def test_fire_from_positions_in_an_exclave_only_says_where_the_guns_stood(gazetteer):
    found = places("Fire came from positions in Nakhchivan at Yeraskh on Monday, the ministry said.", gazetteer)
    assert "Yeraskh" in found and "Nakhchivan" not in found


def test_a_village_of_the_exclave_is_the_place_not_the_exclave(gazetteer):
    text = "Drones flew over positions near Julfa and over other army positions in Nakhchivan, the ministry said."
    found = places(text, gazetteer)
    assert "Julfa" in found and "Nakhchivan" not in found


def test_an_upper_village_with_a_surname_like_ending_is_still_a_village(gazetteer):
    found = places("Positions near Yukhari Buzgov in the Babek district were fired at on Monday.", gazetteer)
    assert "Yukhari Buzgov" in found


def test_a_numbered_recommendation_gives_no_place(gazetteer):
    text = ("2. Recommendations\n\n2.1 Do not send convoys on the Goris-Tegh road before the morning update.\n\n"
            "Shells hit Sotk on Monday, the ministry said.")
    found = places(text, gazetteer)
    assert found == {"Sotk"}
