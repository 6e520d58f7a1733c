"""Heldout98's rules kept to their ground: a town in -s before a "that" clause in the past tense stays a town; the
police placed in Baku stay Baku's whatever side spoke before; a post set up amid fire, or a lamp post, is no
checkpoint's news."""

import datetime as dt

from tests.helpers import claimant_of, place_layers, rows

PUBLISHED = dt.date(2022, 3, 20)


def _places(text, gazetteer):
    return {r["place_name"] for r in rows(text, gazetteer, PUBLISHED)}


def test_town_before_that_clause_in_past_tense_stays(gazetteer):
    text = "Goris that suffered heavy damage in 2020 was shelled again on Monday, officials said."
    assert "Goris" in _places(text, gazetteer)


def test_town_before_that_had_stays(gazetteer):
    text = "Goris that had been quiet for months came under fire on Monday, the ministry said."
    assert "Goris" in _places(text, gazetteer)


def test_police_placed_in_baku_stay_azerbaijani(gazetteer):
    text = ("The Defence Army reported enemy fire on Saturday. "
            "On Sunday the police in Baku said that a man was detained in Aghdam.")
    assert claimant_of("Aghdam", text, gazetteer, PUBLISHED).startswith("Azerbaijani")


def test_post_set_up_amid_fire_keeps_the_fire(gazetteer):
    text = "Azerbaijani troops entered Shusha and set up a post after fierce fighting and shelled the town on Monday."
    assert place_layers(text, gazetteer, PUBLISHED)["Shusha"] == "shelling"


def test_lamp_post_is_no_checkpoint(gazetteer):
    text = "Troops entered Khnapat and installed a lamp post on Monday."
    assert place_layers(text, gazetteer, PUBLISHED)["Khnapat"] != "checkpoints"


def test_military_post_after_capture_stays_checkpoints(gazetteer):
    # positive kept: a military post set up, the fire told in another clause
    text = ("Azerbaijani units captured the heights near Parukh and set up posts, the Defence Army said, "
            "then shelled Khramort.")
    assert place_layers(text, gazetteer, PUBLISHED)["Parukh"] == "checkpoints"
