"""A footpath is a way between places like a road: its two ends are a route's."""

import datetime as dt

from geo.extract import extract_text


def test_the_ends_of_a_footpath_are_a_route(gazetteer):
    text = "Local guides reopened the old footpath from Tatev to Halidzor last summer."
    layers = {name: c["layer"] for c in extract_text(text, dt.date(2022, 9, 1), gazetteer)
              for name in c["place_name"].split(";")}
    assert layers.get("Tatev") == "corridors" and layers.get("Halidzor") == "corridors", layers
