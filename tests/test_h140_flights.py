"""Rules read from heldout140 on air travel and titles: a test flight that only landed somewhere is a landing there
(no route), and "transport" in the name of Azerbaijan's Ministry of Digital Development and Transport is no traffic."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 10, 24)


def _layers(text, place, published=DAY):
    return [e["layer"] for e in extract_text(text + "\n", published) if place in e["place"].split(";")]


def test_a_test_flight_that_landed_at_a_town_is_a_landing():
    assert _layers("The first test flight landed at Zangilan on 9 September.", "Zangilan") == ["other"]


def test_a_technical_flight_that_landed_at_a_town_is_a_landing():
    assert _layers("A technical flight had landed at Fuzuli on 5 September, with a cargo plane close behind.", "Fuzuli") \
        == ["other"]


def test_a_test_flight_from_a_town_that_landed_is_still_a_route():
    assert _layers("The first test flight from Ganja landed at Zangilan on 9 September.", "Ganja") == ["corridors"]


def test_a_flight_from_a_town_that_landed_is_still_a_route():
    assert _layers("The first flight from Ganja landed at the new runway.", "Ganja") == ["corridors"]


def test_the_digital_development_and_transport_ministry_is_no_traffic():
    assert _layers("Builders at the airport near Gorchu were praised by the deputy minister of digital development "
                   "and transport.", "Gorchu") == ["other"]


def test_goods_transported_to_a_village_are_still_traffic():
    assert _layers("Building materials were transported to Gorchu by lorry.", "Gorchu") == ["corridors"]
