"""Villages that "had come under Azerbaijani fire" are fired on (the perfect, the side's adjective before the fire);
the home of the people who act, named again later in the sentence ("residents of X blocked the highway on the stretch
between X and Y"), gives way to the later mention; a road closed near a lake is that road's closure there; protesters
who clash with the police, and police stun grenades, are no fighting."""

from functools import partial

from tests.helpers import waypoint_layers

layers = partial(waypoint_layers, published="2024-05-20")


def test_villages_that_had_come_under_the_sides_fire(gazetteer):
    got = layers("In May 2016 the ministry said that Movses and Chinari had come under Azerbaijani fire overnight.",
                 gazetteer)
    assert got.get("Chinari") == "shelling"
    assert got.get("Movses") == "shelling"


def test_a_village_that_came_under_scrutiny_is_not_fired_on(gazetteer):
    assert layers("Chinari had come under the spotlight after the election.", gazetteer).get("Chinari") != "shelling"


def test_the_home_of_the_blockers_named_again_on_the_stretch(gazetteer):
    got = layers("On Sunday night residents of Baghanis blocked the Ijevan–Noyemberyan highway on the stretch that "
                 "runs between Baghanis and Voskepar.", gazetteer)
    assert got.get("Baghanis") == "corridors"
    assert got.get("Voskepar") == "corridors"
    assert "Ijevan" not in got and "Noyemberyan" not in got


def test_the_home_of_people_who_speak_keeps_its_own_event(gazetteer):
    got = layers("Residents of Berd said on Monday that shells had hit a school in Berd.", gazetteer)
    assert got.get("Berd") == "shelling"


def test_a_road_closed_near_a_lake(gazetteer):
    got = layers("On Monday a crowd of farmers closed the Yerevan-Dilijan highway near Lake Sevan for two hours.",
                 gazetteer)
    assert got.get("Lake Sevan") == "corridors"


def test_a_road_near_a_district_still_only_locates(gazetteer):
    got = layers("Police closed the highway near the Kalbajar district on Monday.", gazetteer)
    assert "corridors" not in got.values()


def test_protesters_clashing_with_police_is_no_fighting(gazetteer):
    got = layers("On Thursday demonstrators clashed with riot police outside the parliament in Gyumri, and officers "
                 "said bottles had been thrown at them.", gazetteer)
    assert got.get("Gyumri") == "other"


def test_a_clash_with_police_that_killed_is_still_violence(gazetteer):
    got = layers("Villagers clashed with police near Askeran, and two men were killed.", gazetteer)
    assert got.get("Askeran") == "shelling"


def test_troops_clashing_is_still_fighting(gazetteer):
    assert layers("Soldiers clashed with Azerbaijani troops near Tegh on Sunday.", gazetteer).get("Tegh") == "shelling"


def test_police_stun_grenades_are_no_fire(gazetteer):
    got = layers("Officers threw stun grenades at the crowd gathered by the town hall in Vanadzor, the protesters said.",
                 gazetteer)
    assert got.get("Vanadzor") != "shelling"


def test_grenades_thrown_are_still_fire(gazetteer):
    assert layers("Gunmen threw grenades at a house in Vanadzor overnight.", gazetteer).get("Vanadzor") == "shelling"
