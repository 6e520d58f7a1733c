"""A border's course ("the border runs across the lake") is no crossing; a place whose houses stand close to the
other side's posts is on a held line (checkpoints)."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    return {p: e for e in extract_text(text, datetime.date(2021, 6, 1), gazetteer)
            for p in e["place"].split(";")}


def test_a_border_running_across_a_place_is_no_crossing(gazetteer):
    text = "The border there runs across the pastures of Berd, and the villagers said the pastures had been lost."
    assert _events(text, gazetteer)["Berd"]["layer"] == "other"


def test_people_walking_across_the_border_keep_their_way(gazetteer):
    text = "Families walked across the border near Berd."
    assert _events(text, gazetteer)["Berd"]["layer"] == "corridors"


def test_houses_close_to_the_posts_are_on_the_line(gazetteer):
    text = "The mayor said that houses in Berd now stand close to the Azerbaijani posts."
    assert _events(text, gazetteer)["Berd"]["layer"] == "checkpoints"


def test_houses_close_to_a_church_are_no_line(gazetteer):
    text = "The mayor said that houses in Berd now stand close to the old church, which was shelled."
    assert _events(text, gazetteer)["Berd"]["layer"] != "checkpoints"
