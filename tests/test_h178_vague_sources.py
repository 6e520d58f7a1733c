"""An outlet citing well-informed or reliable sources it does not name makes the claim itself."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 5, 9)


def _claimants(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_outlet_citing_well_informed_sources_is_the_outlet():
    text = "Trend wrote on Monday, citing well-informed sources, that the road near Gazakh would reopen."
    assert _claimants(text)["Gazakh"] == "Azerbaijani media"


def test_outlet_citing_reliable_sources_is_the_outlet():
    text = "Trend reported, citing reliable sources, that a bridge near Gazakh had been repaired."
    assert _claimants(text)["Gazakh"] == "Azerbaijani media"


def test_outlet_citing_a_named_body_is_the_body():
    text = "Trend wrote on Monday, citing the defence ministry, that the road near Gazakh would reopen."
    assert _claimants(text)["Gazakh"] == "Azerbaijani MoD"
