"""A second round of places and layers: guards said to be deployed on a stretch in the passive stand at a post there;
fire that grew from rifles to something heavier is shelling; a personal source named by the town the word comes from
is not the scene; a trader's habitual markets and a need to take people somewhere are no events."""

from tests.helpers import waypoint_layers


def test_border_guards_deployed_in_the_passive_are_a_post(gazetteer):
    found = waypoint_layers("Border guards were deployed on the Tegh section on Friday.", gazetteer)
    assert found.get("Tegh") == "checkpoints"
    found = waypoint_layers("Officials said the border guards could not be deployed at Davit Bek without a clash.",
                            gazetteer)
    assert found.get("Davit Bek") == "checkpoints"


def test_fire_that_grew_from_rifles_to_heavier_weapons_is_shelling(gazetteer):
    found = waypoint_layers("Residents said the firing near Sotk went from rifle fire to something heavier after dark.",
                            gazetteer)
    assert found.get("Sotk") == "shelling"
    found = waypoint_layers("Near Tegh the soldiers switched from machine guns to heavier weapons on Friday night.",
                            gazetteer)
    assert found.get("Tegh") == "shelling"


def test_a_friend_in_a_town_telling_of_another_place_is_not_the_scene(gazetteer):
    found = waypoint_layers("A cousin in Sisian told me the shelling near Tegh grew heavier on Friday.", gazetteer)
    assert found.get("Tegh") == "shelling"
    assert "Sisian" not in found


def test_a_friend_in_a_town_alone_is_where_it_happened(gazetteer):
    found = waypoint_layers("A friend in Sisian told me the town was shelled on Friday.", gazetteer)
    assert "Sisian" in found


def test_a_traders_habitual_markets_are_no_events(gazetteer):
    found = waypoint_layers("We usually sell in Kapan, Meghri and the villages around Agarak.", gazetteer)
    assert not ({"Kapan", "Meghri", "Agarak"} & set(found))


def test_a_trader_who_sold_on_a_day_is_still_news(gazetteer):
    found = waypoint_layers("On Friday I sold my flour in Kapan because the road to Meghri was closed.", gazetteer)
    assert "Meghri" in found


def test_people_who_need_to_be_taken_to_a_town_are_no_event_there(gazetteer):
    found = waypoint_layers("The doctors said on Monday that six patients urgently needed to be taken to Yerevan.",
                            gazetteer)
    assert "Yerevan" not in found
    found = waypoint_layers("The wounded need to be brought to Kapan, the governor said.", gazetteer)
    assert "Kapan" not in found


def test_people_taken_to_a_town_are_still_news(gazetteer):
    found = waypoint_layers("On Monday six wounded civilians were taken to Kapan by ambulance.", gazetteer)
    assert "Kapan" in found


def test_villages_that_since_a_day_cannot_reach_their_towns_are_cut_off(gazetteer):
    found = waypoint_layers("Tegh and Kornidzor lie beyond the pass, and since Friday they can reach neither Goris "
                            "nor Sisian, the mayor says.", gazetteer)
    assert found.get("Tegh") == "corridors" and found.get("Kornidzor") == "corridors"


def test_an_event_that_dates_another_is_still_no_scene(gazetteer):
    found = waypoint_layers("Since the blockade began the families of Tegh have lived on what they grow.", gazetteer)
    assert found.get("Tegh") != "corridors"
