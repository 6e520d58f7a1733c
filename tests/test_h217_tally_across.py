"""A tally of cases or incidents "across" a region is how far the count runs, not a way through the region: the
fire that did the damage is the region's news."""

from tests.helpers import place_layers


def test_damage_in_cases_across_a_province_is_the_fire(gazetteer):
    found = place_layers("By the mayor's tally, the enemy shelling had caused damage in 40 cases across Syunik, "
                         "to houses, cars and cattle.", gazetteer)
    assert found["Syunik Province"] == "shelling", found


def test_people_carried_across_a_bridge_still_travel(gazetteer):
    found = place_layers("Refugees fled in dozens of cars across the bridge to Lachin.", gazetteer)
    assert found["Lachin"] == "corridors", found
