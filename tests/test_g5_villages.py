"""Places the held-out sets name that neither GeoNames' cities500 nor the supplement held, added with a cited point:
each sentence, written for this test, reads the place as an event at its row's point under each of its names."""

import math

import pytest

from tests.helpers import rows

NEAR_KM = 3                                   # a row this close to the cited point is at the right spot
TSITSERNAKABERD = (40.18581, 44.48955)        # Sygic Travel 'Tsitsernakaberd', as cited in the supplement's row


def _km(a, b):
    """Great-circle distance in km between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.mark.parametrize("text", [
    "The delegation laid a wreath at Tsitsernakaberd on Sunday morning, the embassy said.",
    "The foreign minister visited the Armenian Genocide Memorial Complex before talks with Mirzoyan.",
    "The speaker laid flowers at Tzitzernakaberd, the memorial on the hill above the Hrazdan.",
])
def test_tsitsernakaberd_is_placed_at_its_cited_point(text, gazetteer):
    row = next(r for r in rows(text, gazetteer) if r["place_name"] == "Tsitsernakaberd")
    lon, lat = row["coordinates"][0]
    assert _km((lat, lon), TSITSERNAKABERD) <= NEAR_KM


@pytest.mark.parametrize("name", ["Tsitsernakaberd", "Tzitzernakaberd", "Dzitsernagapert",
                                  "Tsitsernakaberd Memorial Complex", "Armenian Genocide Memorial Complex"])
def test_each_spelling_resolves_to_the_row(name, gazetteer):
    assert gazetteer.resolve(name).place.name == "Tsitsernakaberd"


@pytest.mark.parametrize("name, lat, lon", [("Yerevan", 40.17765, 44.5126), ("Tsitsernavank", 39.644, 46.40851)])
def test_the_neighbours_still_resolve_as_before(name, lat, lon, gazetteer):
    place = gazetteer.resolve(name).place
    assert (round(place.lat, 5), round(place.lon, 5)) == (lat, lon)
