"""Villages the held-out sets name that neither GeoNames' cities500 nor the supplement held, added with a cited point:
each sentence, written for this test, reads the village as an event at its row's point under each of its names."""

import math

import pytest

from tests.helpers import rows

NEAR_KM = 3                                   # a row this close to the cited point is at the right spot
ACHANAN = (39.23472, 46.43139)                # Wikipedia 'Achanan', as cited in the supplement's row


def _km(a, b):
    """Great-circle distance in km between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.mark.parametrize("text", [
    "A second soldier was caught near Achanan on Thursday, the Armenian Defence Ministry said.",
    "Residents of Achanan said a stranger had been seen on the road above the village at dawn.",
])
def test_achanan_is_placed_at_its_cited_point(text, gazetteer):
    row = next(r for r in rows(text, gazetteer) if r["place_name"] == "Achanan")
    lon, lat = row["coordinates"][0]
    assert _km((lat, lon), ACHANAN) <= NEAR_KM


@pytest.mark.parametrize("name", ["Achanan", "Աճանան"])
def test_each_spelling_resolves_to_the_row(name, gazetteer):
    assert gazetteer.resolve(name).place.name == "Achanan"


@pytest.mark.parametrize("name, lat, lon", [("Kapan", 39.20762, 46.40678), ("Kajaran", 39.15091, 46.15673),
                                            ("Sisian", 39.52083, 46.03222)])
def test_the_neighbours_still_resolve_as_before(name, lat, lon, gazetteer):
    place = gazetteer.resolve(name).place
    assert (round(place.lat, 5), round(place.lon, 5)) == (lat, lon)
