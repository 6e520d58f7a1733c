"""The Popular Front named bare, as the reports of 1989-1993 name it, is Azerbaijan's Popular Front: a spokesman for
it, or "the Popular Front in Baku", claims for the party (older sets: every bare "Popular Front" in them is the
Azerbaijani one). A front line or a person's own words stay their own."""

import datetime as dt

from geo.extract import extract_text
from geo.extract.actors import canonical_actor


def _claimants(text, published, place):
    return [e["claimed_by"] for e in extract_text(text, dt.date.fromisoformat(published))
            if place in e["place"].split(";")]


def test_spokesman_for_the_popular_front_claims_for_the_party():
    text = "Rasim Aliyev, a spokesman for the Popular Front, said that Armenian units shelled Julfa on Sunday.\n"
    assert _claimants(text, "1992-06-02", "Julfa") == ["Azerbaijani Popular Front"]


def test_popular_front_in_the_capital_is_the_party():
    text = "The Popular Front in Baku says that fighters attacked Ordubad overnight.\n"
    assert _claimants(text, "1992-06-02", "Ordubad") == ["Azerbaijani Popular Front"]


def test_bare_popular_front_is_the_canonical_party():
    assert canonical_actor("Popular Front") == "Azerbaijani Popular Front"


def test_a_front_line_commander_is_no_party():
    text = "Rasim Aliyev, a commander on the front line, said that Armenian units shelled Julfa on Sunday.\n"
    assert _claimants(text, "1992-06-02", "Julfa") == ["Rasim Aliyev"]
