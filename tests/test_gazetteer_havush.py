"""Havush (Havuş, Avush until 2003), a border village of Nakhchivan's Sharur district the supplement lacked, added
with a cited point: each sentence, written for this test, reads it as an event there under each of its names."""

import math

import pytest

from tests.helpers import rows

NEAR_KM = 3                                   # a row this close to the cited point is at the right spot
HAVUSH = (39.60167, 45.24278)                 # Wikipedia (de) 'Havuş', as cited in the supplement's row


def _km(a, b):
    """Great-circle distance in km between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.mark.parametrize("text", [
    "Shots were fired at positions near Havush on Tuesday evening, the Azerbaijani Defence Ministry said.",
    "Farmers in Havuş said the spring road over the ridge had reopened.",
    "The school in the village of Avush was rebuilt in 2001, the district administration said.",
])
def test_havush_is_placed_at_its_cited_point(text, gazetteer):
    row = next(r for r in rows(text, gazetteer) if r["place_name"] == "Havush")
    lon, lat = row["coordinates"][0]
    assert _km((lat, lon), HAVUSH) <= NEAR_KM
