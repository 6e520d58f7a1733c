"""Layers and places of a road's news: a bridge closed is its road closed, a place "under a complete, two-way
blockade" has its links cut, places that "can reach neither" their towns are cut off; and places that only say from
where or whose office: the towns places named before are cut off from, a region's administration, where the outlet's
correspondent speaks from."""

from tests.helpers import waypoint_layers


def test_a_bridge_closed_is_its_road_closed(gazetteer):
    assert waypoint_layers("On Friday the army closed the Hakari bridge.", gazetteer).get("Hakari Bridge") == "corridors"
    assert waypoint_layers("Police closed the bridge over the Hakari river on Friday.",
                           gazetteer).get("Hakari Bridge") == "corridors"


def test_a_two_way_blockade_cuts_the_village_off(gazetteer):
    found = waypoint_layers("Tegh and Kornidzor had been under a complete, two-way blockade since 3 May.", gazetteer)
    assert found.get("Tegh") == "corridors" and found.get("Kornidzor") == "corridors"


def test_villages_that_can_reach_neither_town_are_cut_off(gazetteer):
    found = waypoint_layers("Since Friday Tegh and Kornidzor can reach neither Goris nor Sisian, the mayor says.",
                            gazetteer)
    assert found.get("Tegh") == "corridors" and found.get("Kornidzor") == "corridors"
    assert "Goris" not in found and "Sisian" not in found


def test_a_drive_that_can_reach_a_town_is_no_blockade(gazetteer):
    assert waypoint_layers("Residents of Tegh can reach Goris in twenty minutes by car.",
                           gazetteer).get("Tegh") != "corridors"
    assert waypoint_layers("Farmers in Tegh said they could no longer reach their fields.",
                           gazetteer).get("Tegh") != "corridors"


def test_the_towns_named_villages_are_cut_off_from_are_no_events(gazetteer):
    found = waypoint_layers("Since Friday Tegh and Kornidzor have been cut off from both Goris and Sisian.", gazetteer)
    assert "Tegh" in found and "Kornidzor" in found
    assert "Goris" not in found and "Sisian" not in found
    found = waypoint_layers("Tegh and Kornidzor have been cut off from Goris and from Sisian alike.", gazetteer)
    assert "Goris" not in found and "Sisian" not in found


def test_a_town_cut_off_from_with_no_village_named_is_the_news(gazetteer):
    assert "Goris" in waypoint_layers("Several villages have been cut off from Goris since Friday.", gazetteer)


def test_a_regions_administration_is_whose_office(gazetteer):
    found = waypoint_layers("The head of the Lachin district's administration said on Monday that shells hit Tegh.",
                            gazetteer)
    assert "Tegh" in found and "Lachin District" not in found
    assert "Lachin District" not in waypoint_layers("The head of the Lachin region's administration said on Monday "
                                                    "that patients had to be taken to Goris.", gazetteer)


def test_a_regions_administration_building_hit_is_the_region(gazetteer):
    assert "Lachin District" in waypoint_layers("The Lachin district's administration building was hit on Monday.",
                                                gazetteer)


def test_where_our_correspondent_speaks_from_is_no_event(gazetteer):
    found = waypoint_layers("Our correspondent in Goris says soldiers fired on Tegh for an hour.", gazetteer)
    assert "Tegh" in found and "Goris" not in found


def test_a_border_crossing_named_bridge_closed_is_the_posts_news(gazetteer):
    assert waypoint_layers("The border at Red Bridge stayed closed to people on foot and by car.",
                           gazetteer).get("Red Bridge") == "checkpoints"


def test_a_town_cut_off_from_after_a_locating_area_is_the_news(gazetteer):
    assert "Goris" in waypoint_layers("Several villages in the Lachin area have been cut off from Goris since Friday.",
                                      gazetteer)


def test_our_correspondents_town_alone_is_the_news(gazetteer):
    assert "Goris" in waypoint_layers("Our correspondent in Goris says the families left at the start of the war.",
                                      gazetteer)
