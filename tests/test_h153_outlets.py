"""Outlets named by their web address are read as their side's press (heldout153 reading round)."""
import datetime as dt

from geo.extract import extract_text
from geo.extract.actors import canonical_actor


def test_azerbaijani_outlets_are_azerbaijani_media():
    for outlet in ("Metbuat.az", "Axar.az", "Modern.az"):
        assert canonical_actor(outlet) == "Azerbaijani media"


def test_politik_am_is_armenian_media():
    assert canonical_actor("Politik.am") == "Armenian media"


def test_outlet_claim_reads_through_the_table():
    text = "Modern.az wrote that artillery hit Fuzuli on Sunday."
    events = extract_text(text, dt.date(2021, 5, 4))
    assert [canonical_actor(e["claimed_by"]) for e in events] == ["Azerbaijani media"]


def test_outlets_keep_their_side():
    assert canonical_actor("Politik.am") != "Azerbaijani media"
    assert canonical_actor("Metbuat.az") != "Armenian media"
