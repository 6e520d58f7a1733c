"""A spokesman named with a front line is no party: the commander claims in his own name. (The bare "Popular
Front" stays as written, as tests/test_claims_speaker_kept.py asks: the Azerbaijani Popular Front needs its full
name, or to have been named in full before, to be that party.)"""

import datetime as dt

from geo.extract import extract_text


def _claimants(text, published, place):
    return [e["claimed_by"] for e in extract_text(text, dt.date.fromisoformat(published))
            if place in e["place"].split(";")]


def test_a_front_line_commander_is_no_party():
    text = "Rasim Aliyev, a commander on the front line, said that Armenian units shelled Julfa on Sunday.\n"
    assert _claimants(text, "1992-06-02", "Julfa") == ["Rasim Aliyev"]
