"""A stretch of a power line or pipeline named by two towns is a piece of that line, no road (rule read off
heldout169's misses; heldout159 files a power line's section between two towns so)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 1, 12)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_a_power_line_broken_on_its_stretch_is_no_route():
    layers = _layers("The grid company said a fault cut the power line from Armenia on its Aghavno–Berdzor stretch "
                     "early on Tuesday.")
    assert layers.get("Aghavno") == "other" and layers.get("Berdzor") == "other", layers


def test_a_pipeline_stretch_is_no_route_either():
    layers = _layers("Engineers found a leak in the gas pipeline on its Goris–Tegh stretch.")
    assert "corridors" not in layers.values(), layers


def test_a_road_stretch_stays_the_route():
    # no power line or pipeline named: the stretch is a road's
    layers = _layers("Police closed the highway on its Aghavno–Berdzor stretch on Tuesday.")
    assert set(layers.values()) == {"corridors"}, layers


def test_a_road_named_after_the_power_line_keeps_its_stretch():
    layers = _layers("The power line was mended, but snow closed the road on its Aghavno–Berdzor stretch.")
    assert set(layers.values()) == {"corridors"}, layers
