"""Places the supplement lacked, named in news of the region and added with a cited point: Marabda (the Kvemo
Kartli junction south of Tbilisi) and the Georgian names of the Upper Lars crossing (Larsi, Zemo Larsi). Each
sentence, written for this test, is read as an event at the cited point; a near-namesake keeps its own place."""

import math

import pytest

from tests.helpers import rows

NEAR_KM = 3                                   # a row this close to the cited point is at the right spot
MARABDA = (41.53530, 44.75920)                # Wikipedia (ja) 'マラブダ', as cited in the supplement's row
UPPER_LARS = (42.76806, 44.63111)             # the supplement's Upper Lars row
BARDA = (40.37, 47.13)                        # Barda town, Azerbaijan (rounded)


def _km(a, b):
    """Great-circle distance in km between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _point(text, place, gazetteer):
    """The (lat, lon) of the extractor's row for ``place`` in ``text``."""
    row = next(r for r in rows(text, gazetteer) if r["place_name"] == place)
    lon, lat = row["coordinates"][0]
    return lat, lon


@pytest.mark.parametrize("text, place, point", [
    ("Farmers blocked the highway at Marabda on Friday to protest against low prices.", "Marabda", MARABDA),
    ("Protesters blocked the road to Marabda, the Georgian Interior Ministry said.", "Marabda", MARABDA),
    ("Russia closed the Larsi crossing to Georgian trucks on Saturday.", "Upper Lars", UPPER_LARS),
    ("The Georgian Interior Ministry closed the Zemo Larsi checkpoint on Tuesday because of an avalanche.",
     "Upper Lars", UPPER_LARS),
    ("Hundreds of cars waited at the Larsi border crossing as Russian citizens left for Georgia.",
     "Upper Lars", UPPER_LARS),
    ("A landslide near the Larsi border checkpoint cut the road on Thursday, the Georgian Interior Ministry said.",
     "Upper Lars", UPPER_LARS),
    ("A bus from Yerevan was stopped at the Larsi checkpoint and its passengers were detained on Friday.",
     "Upper Lars", UPPER_LARS),
])
def test_added_place_is_an_event_at_its_cited_point(text, place, point, gazetteer):
    assert _km(_point(text, place, gazetteer), point) < NEAR_KM


def test_barda_is_not_read_as_marabda(gazetteer):
    text = "Armenian missiles hit Barda on Tuesday, the Azerbaijani Defence Ministry said."
    places = {r["place_name"] for r in rows(text, gazetteer)}
    assert "Marabda" not in places
    assert _km(_point(text, "Barda", gazetteer), BARDA) < 10
