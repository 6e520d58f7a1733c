"""Fire aimed over the border at a target ("fired across the border at the post in X") is shelling at X."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 10, 3)


def _layers(text):
    return {(p, e["layer"]) for e in extract_text(text, DAY) for p in e["place"].split(";")}


def test_fire_across_the_border_at_a_place_is_shelling():
    text = "The ministry said Armenian units had fired across the border at a farm near Aghbend on Friday."
    assert ("Aghbend", "shelling") in _layers(text)
    text = "Officials said the enemy was firing over the line at the school in Berd."
    assert ("Berd", "shelling") in _layers(text)


def test_people_sent_across_the_border_are_no_fire():
    # no fire at a target: "fired" of a worker dismissed, sent across the border
    assert ("Berd", "shelling") not in _layers("Workers fired from the plant went across the border to Berd.")
