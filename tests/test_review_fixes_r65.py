"""Sentences where the r65 rules misfired: border guards "stationed along the stretch of the border" near a village
read as a control post, "the A-B stretch of the border" read as a road, farmers who "lost a good harvest because
soldiers barred them from their fields" dropped as farm news, "we could not reach the residents of X, where shells
fell" and "men go to work in X, where a shell hit the market" dropped though harm is told there, "on the X side the
guards lost two men in the shooting" and "on the X side troops held their positions" dropped as a match result,
"Baku's ministry said ..., but the ministry later said ..." taken as setting the writer's own ministry against Baku's,
and a count of days back to a soldier "killed in an ambush near X" that gave X no day."""

import datetime as dt

from tests.helpers import claimant_of, place_layers, rows


def places(text, gazetteer, published="2021-07-30"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_guards_along_a_stretch_of_the_border_are_no_road_post(gazetteer):
    text = "Russian border guards are stationed along the stretch of the border near Tegh."
    assert place_layers(text, gazetteer, "2021-09-20").get("Tegh") != "checkpoints"
    text = "Russian border guards stood along the stretch of the border near Tegh."
    assert place_layers(text, gazetteer, "2021-09-20").get("Tegh") != "checkpoints"


def test_a_stretch_of_the_border_named_by_its_ends_is_no_road(gazetteer):
    text = "Soldiers patrolled the Tegh-Kornidzor stretch of the border on Monday."
    found = place_layers(text, gazetteer, "2021-09-20")
    assert "corridors" not in {found.get("Tegh"), found.get("Kornidzor"), found.get("Tegh;Kornidzor")}


def test_a_harvest_lost_because_soldiers_barred_the_fields_keeps_its_place(gazetteer):
    text = "Farmers near Tegh lost a good harvest because soldiers barred them from their fields."
    assert "Tegh" in places(text, gazetteer)


def test_people_not_reached_where_shells_fell_keep_their_place(gazetteer):
    text = "We could not reach the residents of Tegh, where shells fell overnight."
    assert place_layers(text, gazetteer, "2021-07-30").get("Tegh") == "shelling"


def test_a_town_men_work_in_where_a_shell_hit_keeps_its_place(gazetteer):
    text = "Many young men go to work in Kapan, where a shell hit the market on Monday."
    assert place_layers(text, gazetteer, "2021-07-30").get("Kapan") == "shelling"


def test_one_side_of_the_line_is_no_team(gazetteer):
    text = "On the Kornidzor side the guards lost two men in the shooting."
    assert place_layers(text, gazetteer, "2021-07-30").get("Kornidzor") == "shelling"
    assert "Tegh" in places("On the Tegh side troops held their positions overnight.", gazetteer)


def test_the_other_side_s_ministry_correcting_itself_stays_that_ministry(gazetteer):
    text = ("Azerbaijan's Defence Ministry said two soldiers were wounded near Zod, but the ministry later said only "
            "one was hurt.\n\n"
            "The ministry also said Armenian forces shelled positions near Kut.")
    assert claimant_of("Kut", text, gazetteer, "2021-06-15") == "Azerbaijani MoD"


def test_a_count_back_to_a_soldier_killed_in_an_ambush_gives_its_day(gazetteer):
    text = "The talks came two days after a soldier was killed in an ambush near Tegh."
    row = next(c for c in rows(text, gazetteer, dt.date(2021, 6, 10)) if c["place_name"] == "Tegh")
    assert row["start_date"].startswith("2021-06-08")
