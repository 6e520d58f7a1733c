"""Places a sentence named that were lost: a village listed before its own district when a second district follows
in the same list, and a town naming the end of a road ("the Kapan end of the section")."""

from tests.helpers import rows, waypoint_layers


def _names(found):
    return {name for r in found for name in r["place_name"].split(";")}


def test_a_village_stays_in_the_district_named_right_after_it(gazetteer):
    found = rows("The ministry listed Galakand and Novoivanovka in the Gadabay district and Gosha in the Tovuz "
                 "district among the villages hit overnight.", gazetteer)
    names = _names(found)
    assert "Qalakənd (Gədəbəy)" in names and "Berd" not in names


def test_a_post_near_a_village_on_a_road_is_still_the_villages(gazetteer):
    # a post is where it stands; only a closure or a cut road is the route's news as well
    found = rows("New border posts appeared on the Goris–Kapan highway near the village of Shurnukh.", gazetteer)
    assert _names(found) == {"Shurnukh"}


def test_the_town_end_of_a_road_is_the_town(gazetteer):
    found = rows("Drivers said the officers at the Kapan end of the section charged 130 dollars a lorry.", gazetteer)
    assert "Kapan" in _names(found)


def test_the_end_of_a_war_is_no_place(gazetteer):
    assert not rows("Diplomats discussed the Aras end of the war for hours.", gazetteer)
