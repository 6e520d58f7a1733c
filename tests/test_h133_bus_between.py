"""A bus service named by the two towns it runs "between" is a route at both ends, as "the bus from A to B" is (the
older sets file buses from one town to another on the corridors layer), and a capital at its second end is a town
the bus runs to, not a government, as at its first."""

import datetime as dt

from geo.extract import extract_text


def _rows(text):
    return extract_text(text, dt.date(2022, 9, 21))


def test_a_bus_between_two_towns_running_again_is_their_route():
    rows = _rows("The bus between Goris and Sisian is running again.")
    assert [(e["place_name"], e["layer"]) for e in rows] == [("Goris;Sisian", "corridors")]


def test_a_capital_at_the_second_end_of_a_bus_line_is_a_town():
    rows = _rows("The bus between Goris and Yerevan is running again, Anna Hakobyan wrote on Facebook.")
    assert {name for e in rows for name in e["place_name"].split(";")} == {"Goris", "Yerevan"}
    assert {e["layer"] for e in rows} == {"corridors"}


def test_a_bus_hit_between_two_towns_is_still_the_fire():
    rows = _rows("A bus was hit by a shell between Goris and Sisian.")
    assert {e["layer"] for e in rows} == {"shelling"}


def test_talks_between_two_capitals_are_no_route():
    rows = _rows("Talks between Baku and Yerevan resumed in Goris.")
    assert {e["place_name"] for e in rows} == {"Goris"}
