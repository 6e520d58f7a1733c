"""Troops that entered a place and set up a post there in the same breath: the post is the news (checkpoints), as
the older sets file it; an entry told alone, or followed by fire, keeps its own layer."""

import datetime as dt

from tests.helpers import place_layers

PUBLISHED = dt.date(2022, 3, 27)


def test_entered_and_set_up_post_is_checkpoints(gazetteer):
    text = ("The Russian defence ministry said that Azerbaijani units entered the peacekeepers' zone near Khnapat "
            "and set up an observation post on Tuesday.")
    assert place_layers(text, gazetteer, PUBLISHED)["Khnapat"] == "checkpoints"


def test_entered_and_established_posts_is_checkpoints(gazetteer):
    text = "Troops entered the area near Chartar and then established two new posts, the ministry said."
    assert place_layers(text, gazetteer, PUBLISHED)["Chartar"] == "checkpoints"


def test_entered_alone_stays_other(gazetteer):
    # negative: no post set up, the entry keeps its layer
    text = "The ministry said that troops entered the peacekeepers' zone near Khnapat on Tuesday."
    assert place_layers(text, gazetteer, PUBLISHED)["Khnapat"] != "checkpoints"
