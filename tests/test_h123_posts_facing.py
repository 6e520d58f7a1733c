"""A small village named after "facing" or "opposite" ("the posts facing X") is a place, as after "near"."""
import datetime as dt

from geo.extract import extract_text


def _layers(text):
    return {(name, e["layer"]) for e in extract_text(text, dt.date(2012, 6, 5)) for name in e["place"].split(";")}


def test_fire_aimed_at_the_posts_facing_a_village():
    assert ("Chinari", "shelling") in _layers("Mortar fire was also aimed at the posts facing Chinari.")


def test_fire_on_the_positions_opposite_a_village():
    assert ("Chinari", "shelling") in _layers("Snipers fired on the positions opposite Chinari overnight.")


def test_a_word_after_facing_that_is_no_place_stays_out():
    # negative case: "facing" before a capitalised word that names no place
    assert not _layers("The soldiers were facing Azerbaijani fire on the ridge for hours.") & {
        ("Azerbaijani", "shelling")}
