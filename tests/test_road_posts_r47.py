"""Posts on a road named by its towns, told by what their men do (duties charged, drivers stopped, officers
standing on the road, a post at one end), are checkpoints at both towns; a grenade thrown where a post is named is
the post's news, one with no post stays fire."""

from tests.helpers import waypoint_layers


def test_duties_charged_on_lorries_using_a_road_are_a_checkpoint_at_both_towns(gazetteer):
    found = waypoint_layers("Customs officers began charging a fee on foreign trucks using the Goris-Kapan road.",
                            gazetteer)
    assert found["Goris"] == "checkpoints"
    assert found["Kapan"] == "checkpoints"


def test_drivers_stopped_on_a_road_are_a_checkpoint(gazetteer):
    found = waypoint_layers("Police officers were stopping drivers on the Goris-Kapan road all week.", gazetteer)
    assert found["Goris"] == "checkpoints"


def test_officers_standing_on_a_road_are_a_checkpoint(gazetteer):
    found = waypoint_layers("Border guards still stand on the Goris-Kapan road.", gazetteer)
    assert found["Kapan"] == "checkpoints"


def test_a_road_with_traffic_only_stays_a_route(gazetteer):
    found = waypoint_layers("Lorries used the Goris-Kapan road all week.", gazetteer)
    assert found["Goris"] == "corridors"


def test_a_grenade_thrown_at_a_post_is_a_checkpoint_event(gazetteer):
    found = waypoint_layers("A man threw a grenade at the army post near Shushi on Sunday.", gazetteer)
    assert found["Shusha"] == "checkpoints"


def test_a_grenade_with_no_post_stays_fire(gazetteer):
    found = waypoint_layers("A man threw a grenade at soldiers near Shushi on Sunday.", gazetteer)
    assert found["Shusha"] == "shelling"


def test_a_grenade_a_drone_dropped_on_a_post_stays_fire(gazetteer):
    found = waypoint_layers("A drone dropped a grenade on an army post near Shushi on Sunday.", gazetteer)
    assert found["Shusha"] == "shelling"


def test_checks_set_up_before_buses_stopped_are_still_checkpoints(gazetteer):
    found = waypoint_layers("Police set up checks on every road leading to Martakert and stopped buses.", gazetteer)
    assert found["Martakert"] == "checkpoints"
