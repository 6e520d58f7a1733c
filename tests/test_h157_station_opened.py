"""A railway or bus station opened is the building's news, not a road's (older sets file such openings other)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 6, 1)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_railway_station_opened_is_other():
    assert _layers("The minister opened the new railway station in Fuzuli on Friday.")["Fuzuli"] == "other"


def test_station_opened_with_rail_passengers_is_other():
    text = ("On Monday the president opened a rail and bus station in Lachin, a building for two thousand "
            "rail passengers a day.")
    assert _layers(text)["Lachin"] == "other"


def test_bus_terminal_was_opened_is_other():
    assert _layers("The new bus terminal in Shusha was opened on Friday.")["Shusha"] == "other"


def test_railway_opened_to_a_town_stays_a_route():
    # negative: the railway itself opened is a route
    layers = _layers("The president opened the railway from Horadiz to Agbend on Friday.")
    assert layers["Horadiz;Agbend"] == "corridors" or layers.get("Horadiz") == "corridors"


def test_road_to_a_station_opened_stays_a_route():
    # negative: the road to the station was opened, not the station
    assert _layers("They opened the road to the bus station in Lachin.")["Lachin"] == "corridors"


def test_station_opened_on_a_line_from_a_town_stays_a_route():
    # negative: beside a line from a town the rail words name the line
    text = "The president opened the new railway station in Fuzuli on the line from Horadiz."
    assert _layers(text)["Fuzuli"] == "corridors"
