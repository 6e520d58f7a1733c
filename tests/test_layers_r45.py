"""Posts that peacekeepers take down in a corridor or on a road, and a site they guard, are checkpoints."""

import datetime as dt

from geo.extract import extract_text


def layers(text, gazetteer, published="2022-08-29"):
    return {c["place_name"]: c["layer"]
            for c in extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")}


def test_posts_taken_down_in_a_corridor_are_checkpoints(gazetteer):
    found = layers("Peacekeepers were taking down their posts in the Lachin corridor on Sunday.", gazetteer)
    assert found["Lachin corridor"] == "checkpoints"
    found = layers("Peacekeepers began dismantling their posts in the Lachin corridor.", gazetteer)
    assert found["Lachin corridor"] == "checkpoints"


def test_posts_taken_down_on_the_road_through_a_town_are_checkpoints(gazetteer):
    found = layers("Peacekeepers took down their posts on the old road through Lachin on Friday.", gazetteer)
    assert found["Lachin"] == "checkpoints"


def test_a_site_peacekeepers_guard_is_a_checkpoint(gazetteer):
    assert layers("Russian peacekeepers are now guarding Dadivank.", gazetteer)["Dadivank"] == "checkpoints"


def test_a_road_peacekeepers_guard_stays_the_corridor(gazetteer):
    found = layers("The base lies north of the corridor, where peacekeepers guard the road to Stepanakert.",
                   gazetteer)
    assert found.get("Stepanakert") != "checkpoints"


def test_fire_on_a_road_is_no_checkpoint(gazetteer):
    found = layers("Drones attacked vehicles on the highway near Lachin overnight.", gazetteer)
    assert found["Lachin"] == "shelling"


def test_wrecks_pulled_off_a_road_are_that_road_s_news(gazetteer):
    found = layers("27 wrecked cars had been pulled off the Stepanakert-Goris road, the ministry said.", gazetteer)
    assert found["Stepanakert;Goris"] == "corridors"


def test_a_depot_off_a_road_is_only_located_by_it(gazetteer):
    assert "Askeran" not in layers("A depot off the Stepanakert-Askeran highway was hit.", gazetteer)
