"""Sites of the Armenia–Turkey border the supplement lacked, added with a cited point: the ruined Ani bridge over
the Akhurian (Arpaçay) and the Akhurian Reservoir. Each name answers within 2 km of the point its row cites, and a
sentence written for this test places the reservoir, not the namesake town of Akhuryan."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import distance_km

NEAR_KM = 2                                   # an answer this close to the cited point is the cited place
ANI_BRIDGE = (40.50444, 43.57278)             # Wikipedia (fr) 'Pont sur l'Akhourian (Ani)' 40°30′16″N 43°34′22″E
AKHURIAN_RESERVOIR = (40.56324, 43.65452)     # Wikipedia 'Akhurian Reservoir' 40°33′47.67″N 43°39′16.26″E

NAMED = [
    ("Ani bridge", ANI_BRIDGE),
    ("Akhurian Bridge", ANI_BRIDGE),
    ("Ani Köprüsü", ANI_BRIDGE),
    ("Мост Ани", ANI_BRIDGE),
    ("Akhurian Reservoir", AKHURIAN_RESERVOIR),
    ("Akhuryan reservoir", AKHURIAN_RESERVOIR),
    ("Arpaçay Barajı", AKHURIAN_RESERVOIR),
    ("Ախուրյանի ջրամբար", AKHURIAN_RESERVOIR),
]


@pytest.mark.parametrize("name, point", NAMED)
def test_a_border_site_answers_at_its_cited_point(gazetteer, name, point):
    place = gazetteer.resolve(name).place
    assert distance_km(place.lat, place.lon, *point) <= NEAR_KM, (name, place)


def test_a_report_places_the_reservoir(gazetteer):
    text = "Water levels in the Akhuryan reservoir fell to a ten-year low this summer, farmers in Shirak said."
    found = {c["place_name"] for c in extract_text(text, dt.date(2023, 8, 16), gazetteer)}
    assert "Akhurian Reservoir" in found, found
