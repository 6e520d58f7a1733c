"""Aravus, a border village of Syunik by Tegh that the gazetteer lacked, added with a cited point: a sentence written
for this test reads it as an event there; a near name (Aramus, by Yerevan) is not read as it."""

import math

from tests.helpers import rows

NEAR_KM = 3                                   # a row this close to the cited point is at the right spot
ARAVUS = (39.56278, 46.46722)                 # Wikipedia (fr) 'Aravus', as cited in the gazetteer's row


def _km(a, b):
    """Great-circle distance in km between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def test_aravus_is_placed_at_its_cited_point(gazetteer):
    text = "Shots were fired at houses in Aravus late on Friday, the village head said."
    row = next(r for r in rows(text, gazetteer) if r["place_name"] == "Aravus")
    lon, lat = row["coordinates"][0]
    assert _km((lat, lon), ARAVUS) <= NEAR_KM


def test_aramus_is_not_read_as_aravus(gazetteer):
    text = "Shots were fired at houses in Aramus late on Friday, the village head said."
    assert all(r["place_name"] != "Aravus" for r in rows(text, gazetteer))
