"""Sentences where the r75 layer rules misfired: "Troops stopped patrolling the border near Tegh in 1994" (a patrol
ended is no line held), "Soldiers patrolled the Armenian-Iranian border near Meghri" (a hyphenated pair before the
border was not read), "Armenian troops went on the offensive and ended the battle for Tegh by taking the village"
(a fight won stops no one), "Trains have not stopped calling at Ijevan since the war" (a line still served),
"Medical services stopped running in Berd after the shelling" (no train or bus), "Georgia's blockade of Ijevan
checkpoint began a year earlier" (a name cut short before "checkpoint"), "Sunday's blockade of Tegh by protesters"
(a day is no state), "As the crowds fled, soldiers attacked the border posts at Meghri" and "Protesters said troops
attacked the border posts near Meghri" (soldiers, not the crowd, attacked), and "In Tegh on Tuesday the shelling
resumed hours after the two sides agreed to a truce" and "In Berd last week the soldiers who shelled the village
agreed to a truce" (the agreement in a later clause)."""

from tests.helpers import place_layers

DAY = "1994-05-02"


def test_a_patrol_that_stopped_holds_no_line(gazetteer):
    text = "Troops stopped patrolling the border near Tegh in 1994."
    assert place_layers(text, gazetteer, DAY).get("Tegh") != "checkpoints"


def test_soldiers_patrolling_a_border_named_by_two_countries_hold_it(gazetteer):
    text = "Soldiers patrolled the Armenian-Iranian border near Meghri on Sunday."
    assert place_layers(text, gazetteer, DAY).get("Meghri") == "checkpoints"


def test_troops_who_ended_a_battle_by_taking_a_village_fought_there(gazetteer):
    text = "Armenian troops went on the offensive and ended the battle for Tegh by taking the village."
    assert place_layers(text, gazetteer, DAY).get("Tegh") == "shelling"


def test_units_who_ended_the_fighting_with_a_capture_fought_there(gazetteer):
    text = "Azerbaijani units arrived at dawn and ended the fighting in Tegh with the capture of the school."
    assert place_layers(text, gazetteer, DAY).get("Tegh") == "shelling"


def test_trains_that_have_not_stopped_calling_close_no_line(gazetteer):
    text = "Trains have not stopped calling at Ijevan since the war."
    assert place_layers(text, gazetteer, DAY).get("Ijevan") != "corridors"


def test_trains_that_no_longer_stop_still_close_the_line(gazetteer):
    text = "Trains no longer stop at Ijevan."
    assert place_layers(text, gazetteer, DAY).get("Ijevan") == "corridors"


def test_medical_services_that_stopped_running_are_no_line(gazetteer):
    text = "Medical services stopped running in Berd after the shelling."
    assert place_layers(text, gazetteer, DAY).get("Berd") != "corridors"


def test_a_state_s_blockade_of_a_checkpoint_without_the_stays_at_the_point(gazetteer):
    text = "Georgia's blockade of Ijevan checkpoint began a year earlier."
    assert place_layers(text, gazetteer, DAY).get("Ijevan") == "checkpoints"


def test_a_day_s_blockade_of_a_village_is_no_state_s(gazetteer):
    text = "Sunday's blockade of Tegh by protesters lasted six hours."
    assert place_layers(text, gazetteer, DAY).get("Tegh") == "checkpoints"


def test_soldiers_attacking_border_posts_after_crowds_fled_still_attack(gazetteer):
    text = "As the crowds fled, soldiers attacked the border posts at Meghri."
    assert place_layers(text, gazetteer, DAY).get("Meghri") == "shelling"


def test_troops_attacking_border_posts_told_by_protesters_still_attack(gazetteer):
    text = "Protesters said troops attacked the border posts near Meghri."
    assert place_layers(text, gazetteer, DAY).get("Meghri") == "shelling"


def test_crowds_attacking_barbed_wire_still_protest(gazetteer):
    text = "Crowds of villagers attacked a section of barbed wire near Meghri."
    assert place_layers(text, gazetteer, DAY).get("Meghri") == "other"


def test_shelling_resumed_after_an_agreement_is_still_fire_there(gazetteer):
    text = "In Tegh on Tuesday the shelling resumed hours after the two sides agreed to a truce."
    assert place_layers(text, gazetteer, DAY).get("Tegh") == "shelling"


def test_soldiers_who_shelled_a_village_and_agreed_later_shelled_it(gazetteer):
    text = "In Berd last week the soldiers who shelled the village agreed to a truce."
    assert place_layers(text, gazetteer, DAY).get("Berd") == "shelling"


def test_leaders_agreeing_in_a_town_still_meet_there(gazetteer):
    text = "In Goris on Monday the leaders of the two villages agreed to reopen the road."
    assert place_layers(text, gazetteer, DAY).get("Goris") == "other"
