"""A town named by its own name is not lost to a bigger town that GeoNames alone also files under that name:
"Akhtala" is the Lori town, though GeoNames lists it among Hrazdan's alternate names (Hrazdan's published former
name is Akhta). Each sentence is written for this test."""

import pytest

from tests.helpers import points

AKHTALA = (41.14952, 44.78168)        # GeoNames 616995, Lori
HRAZDAN = (40.5169, 44.75591)         # GeoNames 616629, Kotayk


@pytest.mark.parametrize("text, place, point", [
    ("A landslide blocked the road into Akhtala on Tuesday, the emergency ministry said.", "Akhtala", AKHTALA),
    ("Workers at the copper plant in Akhtala went on strike on Monday.", "Akhtala", AKHTALA),
    ("Residents of Hrazdan protested against the closure of the power plant on Friday.", "Hrazdan", HRAZDAN),
])
def test_a_town_under_its_own_name_is_that_town(gazetteer, text, place, point):
    found = points(text, gazetteer)
    assert found.get(place) == point, found


@pytest.mark.parametrize("query, point", [
    ("Akhtala", AKHTALA), ("Axtala", AKHTALA), ("Ахтала", AKHTALA),
    ("Akhta", HRAZDAN), ("Hrazdan", HRAZDAN),         # Hrazdan's own and former names stay its own
])
def test_the_bare_name_is_the_town_that_bears_it(gazetteer, query, point):
    match = gazetteer.resolve(query)
    assert (round(match.place.lat, 5), round(match.place.lon, 5)) == point, match.place
