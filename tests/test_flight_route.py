"""An aircraft flying from one town to another names a route: its two ends are the corridor's, while the place
where it was brought down is the scene of the attack."""

import datetime as dt

from geo.extract import extract_text


def test_the_ends_of_a_flight_are_a_route_and_the_crash_site_is_the_attack(gazetteer):
    text = "A cargo plane flying from Ganja to Lachin was shot down near Kalbajar on Tuesday."
    layers = {}
    for c in extract_text(text, dt.date(1993, 3, 1), gazetteer):
        for name in c["place_name"].split(";"):
            layers[name] = c["layer"]
    assert layers.get("Ganja") == "corridors" and layers.get("Lachin") == "corridors", layers
    assert layers.get("Kalbajar") == "shelling", layers
