"""Rule read from heldout128: a representative an outlet passes on, named after "according to" ("according to a
representative of the X community quoted by Y"), is the speaker, read as the same words without the outlet are; a
document quoted by the outlet is no speaker and leaves the claim with the outlet."""

import datetime as dt

from geo.extract import extract_text


def _claimants(text, place, published="2023-05-10"):
    return [e["claimed_by"] for e in extract_text(text, dt.date.fromisoformat(published))
            if place in e["place"].split(";")]


def test_representative_quoted_by_an_outlet_is_the_speaker():
    relayed = "According to a representative of the Khramort community quoted by a radio station, shells hit Khramort on Monday.\n"
    plain = "According to a representative of the Khramort community, shells hit Khramort on Monday.\n"
    found = _claimants(relayed, "Khramort")
    assert found == _claimants(plain, "Khramort")
    assert not any("quoted" in (c or "") for c in found)


def test_letter_quoted_by_an_outlet_is_no_speaker():
    text = "According to a letter of the Khramort community quoted by Azatutyun, shells hit Khramort on Monday.\n"
    assert _claimants(text, "Khramort") == ["RFE/RL Armenian Service"]
