"""Sentences where the 78l layer rules misfired: "Police said they had foiled a plot to bomb the bus station in
Ganja" and "the enemy planned to bomb the bridge near Tartar" (a plan, no bombing, read as fire); "The rebels cut
access to Martuni" (lost its blockade) and "cut traffic to Martuni" (made a road's news); "Flood defences were
built along the river at Sabirabad" (a line held); "Artillery hit the enemy's defence lines near Tartar" (a line
held, not the fire's target, because the sentence had no "fortif"); "enemy units had tried to put up more
fortifications near Tartar", "were trying to build earth fortifications", "had attempted to dig fortifications" (an
attempt read as a line held); "The troops entered Kalbajar through the mountain road" (the way in not read); and
"troops were advancing on the village, the families fled and by night they reached Goris" (the families' arrival
dropped as the troops')."""

from tests.helpers import place_layers


def test_a_plot_or_a_plan_to_bomb_is_no_bombing(gazetteer):
    assert place_layers("Police said they had foiled a plot to bomb the bus station in Ganja.",
                        gazetteer).get("Ganja") != "shelling"
    assert place_layers("Officials said the enemy planned to bomb the bridge near Tartar.",
                        gazetteer).get("Tartar") != "shelling"


def test_a_side_that_began_to_bomb_a_town_fired_on_it(gazetteer):
    assert place_layers("The army began to bomb Tartar on Tuesday, the ministry said.",
                        gazetteer).get("Tartar") == "shelling"


def test_access_or_traffic_cut_to_a_town_stays_a_blockade(gazetteer):
    for text in ("The rebels cut access to Martuni on Tuesday, the ministry said.",
                 "The rebels cut traffic to Martuni on Tuesday, the ministry said."):
        assert place_layers(text, gazetteer).get("Khojavend") == "checkpoints", text


def test_flood_defences_built_are_no_line_held(gazetteer):
    text = "Flood defences were built along the river at Sabirabad last spring."
    assert place_layers(text, gazetteer).get("Sabirabad") != "checkpoints"


def test_defence_lines_hit_are_the_fires_target(gazetteer):
    for text in ("Artillery hit the enemy's defence lines near Tartar overnight, the ministry said.",
                 "Artillery shelled the enemy's defensive line near Tartar overnight, the ministry said."):
        assert place_layers(text, gazetteer).get("Tartar") == "shelling", text


def test_any_attempt_to_put_up_fortifications_holds_no_line(gazetteer):
    for text in ("The ministry said enemy units had tried to put up more fortifications near Tartar.",
                 "The ministry said enemy units were trying to build earth fortifications near Tartar.",
                 "The ministry said enemy units had attempted to dig fortifications near Tartar."):
        assert place_layers(text, gazetteer).get("Tartar") != "checkpoints", text


def test_troops_that_entered_a_town_through_a_road_took_that_way(gazetteer):
    text = "The troops entered Kalbajar through the mountain road on Wednesday."
    assert place_layers(text, gazetteer).get("Kalbajar") == "corridors"


def test_they_who_reached_a_town_after_others_were_named_are_those_others(gazetteer):
    for text in ("As enemy troops were advancing on the village, the families fled and by night they reached Goris.",
                 "Enemy forces were advancing on the valley, so the villagers packed up, and they reached Goris at dawn."):
        assert place_layers(text, gazetteer).get("Goris") == "corridors", text
    text = "Government troops were moving towards Fuzuli, but the refugees said they reached Horadiz on Friday."
    assert place_layers(text, gazetteer).get("Horadiz") == "corridors"


def test_they_who_reached_a_town_after_the_army_pushed_on_are_the_troops(gazetteer):
    text = "The army was pushing south all week and on Sunday they reached Horadiz."
    assert place_layers(text, gazetteer).get("Horadiz") == "other"
