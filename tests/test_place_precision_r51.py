"""Places that only describe or locate something else: a province's name before "village" ("the Tavush village"
describing another village), an area's own press ("Stepanakert's papers"), a river's valley the gazetteer lacks read
as a town, a sight's weekend habits, a person named by a home town who speaks, the road below heights, and a sight's bare name after its full one."""

from tests.helpers import place_layers, waypoint_layers


def places(text, gazetteer):
    return set(place_layers(text, gazetteer)) | set(waypoint_layers(text, gazetteer))


def test_a_province_describing_a_village_is_no_village_of_its_name(gazetteer):
    found = places("Shelling hit Kirants, the Tavush village where the protest began, on Friday.", gazetteer)
    assert "Kirants" in found
    assert "Tavush (village)" not in found


def test_the_village_named_like_its_province_stays_a_village(gazetteer):
    assert "Tavush (village)" in places("Shells fell on Tavush village on Friday.", gazetteer)


def test_an_areas_own_press_is_who_speaks(gazetteer):
    found = places("Stepanakert's own papers report on Friday that shells fell near Tegh.", gazetteer)
    assert "Tegh" in found and "Stepanakert" not in found
    assert "Syunik Province" not in places("The Syunik regional sites report a quiet day on the roads.", gazetteer)


def test_a_press_centre_hit_is_the_town(gazetteer):
    assert "Stepanakert" in places("Shells hit Stepanakert's press centre on Friday.", gazetteer)


def test_a_river_valley_the_gazetteer_lacks_is_no_town(gazetteer):
    found = places("On Friday lorries went from Yerevan through Ijevan and along the Aghstev valley.", gazetteer)
    assert "Ijevan" in found and "Aghstafa" not in found


def test_a_sights_weekend_habits_are_no_news(gazetteer):
    assert not places("The lake circuit near Dilijan is busy on weekends.", gazetteer)
    assert "Yerevan" in places("The road from Yerevan through Vanadzor is busy with volunteers on Friday.", gazetteer)


def test_a_person_named_by_home_town_who_speaks_is_no_scene(gazetteer):
    found = places("Another student, Aram from Ijevan, said his family had joined the protest at Kirants on Friday.",
                   gazetteer)
    assert "Kirants" in found and "Ijevan" not in found
    assert "Goris" not in places("A teacher from Goris remembered that the phones kept ringing on Friday.", gazetteer)


def test_heights_named_by_the_road_below_leave_the_road_out(gazetteer):
    found = places("On Friday troops took several heights that overlook the Lachin road, among them Saribaba.", gazetteer)
    assert "Lachin corridor" not in found
    assert "Lachin corridor" in places("The Lachin road was closed on Friday.", gazetteer)


def test_a_sights_bare_name_after_its_full_name_is_the_sight(gazetteer):
    text = ("On Friday the walkers slept at Haghartsin Monastery. "
            "On Sunday a liturgy was served at Haghartsin for the pilgrims.")
    found = places(text, gazetteer)
    assert "Haghartsin Monastery" in found and "Haghartsin" not in found
    assert "Haghartsin" in places("On Sunday shells fell on Haghartsin, residents said.", gazetteer)
