"""An ambush on a road near a place is fire at the place; the road only locates it."""
import datetime as dt

from geo.extract import extract_text


def _layers(text, place):
    return [e["layer"] for e in extract_text(text, dt.date(2023, 5, 9)) if e["place"] == place]


def test_ambush_on_road_near_village_is_shelling():
    text = ("Last night, the border service said, armed men ambushed a jeep of the water company's repair crew "
            "on the old mountain road near Tegh, and two inspectors were wounded.")
    assert _layers(text, "Tegh") == ["shelling"]


def test_road_closed_after_ambush_stays_corridors():
    # negative case: the road itself closed, no ambush told at the place
    text = "After the ambush, the police closed the mountain road near Tegh to all traffic."
    assert _layers(text, "Tegh") == ["corridors"]
