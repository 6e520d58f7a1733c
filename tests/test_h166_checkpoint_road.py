"""A checkpoint on a corridor named by its road is the checkpoint's news (rule read off heldout166's misses)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 10, 1)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_checkpoint_on_the_corridor_road_is_a_checkpoint():
    assert _layers("Border guards held the former minister on Friday at the checkpoint on the Lachin road.") \
        == {"Lachin": "checkpoints"}


def test_traffic_on_the_corridor_road_stays_a_corridor():
    assert _layers("A column of buses drove on Friday along the Lachin road.") == {"Lachin": "corridors"}


def test_checkpoint_on_a_road_named_by_its_towns_stays_the_route():
    layers = {e["place"]: e["layer"] for e in extract_text(
        "The ministry said a checkpoint should be set up on the Lachin-Khankendi road.", DAY)}
    assert layers == {"Lachin-Khankendi": "corridors"}
