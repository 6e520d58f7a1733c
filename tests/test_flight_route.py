"""An aircraft flying from one town to another names a route: its two ends are the corridor's, while the place
where it was brought down is the scene of the attack."""

import datetime as dt
from functools import partial

from geo.extract import extract_text
from tests.helpers import waypoint_layers


def test_the_ends_of_a_flight_are_a_route_and_the_crash_site_is_the_attack(gazetteer):
    text = "A cargo plane flying from Ganja to Lachin was shot down near Kalbajar on Tuesday."
    layers = {}
    for c in extract_text(text, dt.date(1993, 3, 1), gazetteer):
        for name in c["place_name"].split(";"):
            layers[name] = c["layer"]
    assert layers.get("Ganja") == "corridors" and layers.get("Lachin") == "corridors", layers
    assert layers.get("Kalbajar") == "shelling", layers


_layers = partial(waypoint_layers, published=dt.date(2021, 6, 1))


def test_where_a_flight_set_off_is_a_journeys_end(gazetteer):
    """'flew out of X', 'had flown in from Y': the plane's start is a route's end, whatever the traveller did on
    arriving."""
    layers = _layers('"My brother flew out of Fuzuli that evening and said he would call from home," said a nurse.',
                     gazetteer)
    assert layers.get("Fuzuli") == "corridors", layers
    layers = _layers("The deputy minister had flown in from Ganja with two advisers and tried to stop the vote.",
                     gazetteer)
    assert layers.get("Ganja") == "corridors", layers


def test_a_flight_abroad_into_the_region_starts_there(gazetteer):
    """'was flown from Vienna to Yerevan': the town abroad is where the journey began, not where news was told."""
    layers = _layers("The injured officer was flown from Vienna to Yerevan on Friday.", gazetteer)
    assert layers.get("Vienna") == "corridors" and layers.get("Yerevan") == "corridors", layers


def test_a_flight_to_talks_and_a_flight_over_a_town_are_no_route(gazetteer):
    """'flew to X for talks' names no start, only the visit; helicopters flying over a town under fire are the
    attack's."""
    layers = _layers("The minister flew to Moscow on Monday for talks with his Russian counterpart.", gazetteer)
    assert layers.get("Moscow") == "other", layers
    layers = _layers("Two helicopters flying over Tartar were shot at on Monday.", gazetteer)
    assert layers.get("Tartar") == "shelling", layers


def test_flying_home_is_a_journey_but_coming_home_by_road_is_a_return(gazetteer):
    """'flew back to X', 'returned to Y on a government plane': the flight home is a route's; the displaced who
    returned to a town, and a district returned to a country, are no journey."""
    layers = _layers("The foreign minister flew back to Baku late on Wednesday.", gazetteer)
    assert layers.get("Baku") == "corridors", layers
    layers = _layers("The released soldiers returned to Yerevan on a chartered plane on Thursday.", gazetteer)
    assert layers.get("Yerevan") == "corridors", layers
    layers = _layers("Forty displaced families returned to Zangilan on Thursday.", gazetteer)
    assert layers.get("Zangilan") == "other", layers
    layers = _layers("The Aghdam district was returned to Azerbaijan in November.", gazetteer)
    assert all(layer == "other" for layer in layers.values()), layers


def test_a_flight_in_the_present_tense_is_read_as_in_the_past(gazetteer):
    """The flight verb is one fragment in every tense: 'flies out of X' and 'flies back to Y' are read as 'flew out
    of X' and 'flew back to Y'."""
    layers = _layers("The surgeon flies out of Shaki each Monday to operate in the capital.", gazetteer)
    assert layers.get("Shaki") == "corridors", layers
    layers = _layers("Every Friday the envoy flies back to Lankaran, his aides said.", gazetteer)
    assert layers.get("Lankaran") == "corridors", layers


def test_a_flight_start_named_after_the_aircraft_is_a_journeys_end(gazetteer):
    """'flown in by helicopter from X': the means of the flight between the verb and its start changes nothing."""
    layers = _layers("Extra police had been flown in by helicopter from Ganja before dawn, the governor said.", gazetteer)
    assert layers.get("Ganja") == "corridors", layers
    layers = _layers("The wounded pilot was flown by plane from Goris on Tuesday night.", gazetteer)
    assert layers.get("Goris") == "corridors", layers
