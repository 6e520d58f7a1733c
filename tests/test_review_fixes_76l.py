"""Sentences where the 76l rules misfired: an advance of the line read as stopped when other things stopped ("the
road works have stopped", "before the rain stopped them"), and the form "push forward their positions" not read; an
inquiry "launched into the incursion" and incursions "to help prevent" read as raids; deputies, football fans and
villagers with the police who "came to blows" read as fighting; a sabotage group read as fought when it was
"detained without a fight" or had moved "to destroy a bridge"; men "taken prisoner on the X axis" read as fighting;
men who "infiltrated" to plant mines and were arrested read as a raid; officers "posted at" a school and "the checks
at" a hospital, a school or shops read as posts; and ambulances "let out of the blockaded village" and "a way out of
the blockade around" a village read as no blockade, while men "led out of a blockade" were not read as released."""

from tests.helpers import place_layers


def test_an_advance_told_with_something_else_stopped_is_no_line_held(gazetteer):
    text = "Officials want to move the posts forward near Sisian, and the road works have stopped."
    assert place_layers(text, gazetteer).get("Sisian") != "checkpoints"
    text = "Farmers tried to move their trenches forward near Sisian before the rain stopped them."
    assert place_layers(text, gazetteer).get("Sisian") != "checkpoints"


def test_positions_pushed_forward_and_stopped_in_either_word_order(gazetteer):
    text = "Soldiers tried to push forward their positions near Sisian and were stopped by our units."
    assert place_layers(text, gazetteer).get("Sisian") == "checkpoints"
    text = "Enemy units tried to move their positions forward near Sisian, but our forces halted them."
    assert place_layers(text, gazetteer).get("Sisian") == "checkpoints"


def test_an_inquiry_into_an_incursion_or_one_to_be_prevented_is_no_raid(gazetteer):
    text = "Police launched an investigation into the incursion near Goris."
    assert place_layers(text, gazetteer).get("Goris") != "shelling"
    text = "New posts will help prevent incursions near Goris, the governor said."
    assert place_layers(text, gazetteer).get("Goris") != "shelling"
    text = "Our units repelled an enemy incursion near Goris at dawn."
    assert place_layers(text, gazetteer).get("Goris") == "shelling"


def test_civilians_who_came_to_blows_fought_no_battle(gazetteer):
    for text in ("Deputies came to blows in the council of Goris over the budget.",
                 "Football fans came to blows after the match in Goris on Saturday.",
                 "Villagers came to blows with police in Goris during the protest."):
        assert place_layers(text, gazetteer).get("Goris") != "shelling", text
    text = "Armenian and Azerbaijani servicemen came to blows near Goris."
    assert place_layers(text, gazetteer).get("Goris") == "shelling"


def test_a_sabotage_group_detained_without_a_fight_or_sent_to_destroy_a_bridge(gazetteer):
    text = "A sabotage group that tried to cross in the direction of Hadrut was detained without a fight."
    assert place_layers(text, gazetteer).get("Hadrut") != "shelling"
    text = "A sabotage group that had moved in the direction of Hadrut to destroy a bridge was detained."
    assert place_layers(text, gazetteer).get("Hadrut") != "shelling"
    text = "Our units clashed with a sabotage group moving in the direction of Hadrut."
    assert place_layers(text, gazetteer).get("Hadrut") == "shelling"


def test_men_taken_prisoner_on_an_axis_were_captured_there(gazetteer):
    text = "Eight soldiers were taken prisoner on the Chinari axis, the ministry said."
    assert place_layers(text, gazetteer).get("Chinari") == "other"


def test_men_who_infiltrated_to_plant_mines_and_were_arrested_are_a_capture(gazetteer):
    text = "Baku said four Armenian men who had infiltrated near Tegh to plant mines were arrested."
    assert place_layers(text, gazetteer).get("Tegh") == "other"


def test_officers_posted_at_a_school_and_checks_at_buildings_are_no_post(gazetteer):
    for text in ("The officers were posted at Goris school to keep order during the exams.",
                 "The checks at Goris hospital found no breach of the rules.",
                 "The checks at the Goris school showed the roof was unsafe.",
                 "Tax inspectors said the checks at Goris shops would continue."):
        assert place_layers(text, gazetteer).get("Goris") != "checkpoints", text
    text = "Border guards are now posted outside Goris and check every car."
    assert place_layers(text, gazetteer).get("Goris") == "checkpoints"


def test_a_blockade_told_past_the_words_out_of_is_still_one(gazetteer):
    text = "Two ambulances were let out of the blockaded village of Tegh."
    assert place_layers(text, gazetteer).get("Tegh") == "checkpoints"
    text = "The talks sought a way out of the blockade around Tegh."
    assert place_layers(text, gazetteer).get("Tegh") == "checkpoints"


def test_men_led_out_of_a_blockade_are_released(gazetteer):
    text = "Soldiers were led out of a blockade around Tegh."
    assert place_layers(text, gazetteer).get("Tegh") == "other"
