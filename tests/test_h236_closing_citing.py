"""An outlet's report closed by the source it cites ("Trend reported that ..., citing the defence ministry") is that
source's claim however long the report; "citing" its own sources or a reason keeps the outlet."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 5, 10)
LONG = ("Trend reported that Armenian units had fired on Azerbaijani positions near Kalbajar overnight, at intervals "
        "from late in the evening until the early hours of the morning, {}.")


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_a_long_report_closed_by_citing_the_ministry_is_the_ministry_s():
    assert _claims(LONG.format("citing the Azerbaijani defence ministry")) == {"Kalbajar": "Azerbaijani MoD"}


def test_a_long_report_closed_by_quoting_the_ministry_is_the_ministry_s():
    assert _claims(LONG.format("quoting Azerbaijan's defence ministry")) == {"Kalbajar": "Azerbaijani MoD"}


def test_citing_its_own_sources_keeps_the_outlet():
    assert _claims("Trend reported that Armenian units had fired on positions near Kalbajar, citing its own "
                   "sources.") == {"Kalbajar": "Azerbaijani media"}


def test_citing_a_reason_keeps_the_outlet():
    assert _claims(LONG.format("citing a rise in tension")) == {"Kalbajar": "Azerbaijani media"}


def test_citing_unnamed_sources_keeps_the_outlet():
    assert _claims(LONG.format("citing unnamed sources")) == {"Kalbajar": "Azerbaijani media"}
