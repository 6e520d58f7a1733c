"""A town of a neighbour's border province where a post or a roadblock stops, checks or turns back traffic is that
traffic's news, read like a town of the region (as a Georgian town's police post is); a town the traffic only leaves
or heads for, or an army's drill by a town abroad, stays no event."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import distance_km

DAY = dt.date(2025, 3, 14)
KM = 15                                   # a town's GeoNames point and the answer lie this close


def _points(text, gazetteer):
    return [(r["place_name"], r["coordinates"][0][1], r["coordinates"][0][0], r["layer"])
            for r in extract_text(text, DAY, gazetteer, source="test")]


@pytest.mark.parametrize("text, lat, lon", [
    ("Iranian police stopped our minibus at a roadblock outside Kaleybar on Monday.", 38.865, 47.039),
    ("Near the border with Iran, drivers were turned back at a police post near Khomarlu on Tuesday.", 39.159, 47.033),
    ("Lorry drivers from Azerbaijan said they were held for hours at a checkpoint in Pars Abad, Iran.", 39.648, 47.917),
    ("Gendarmes stopped the buses at a checkpoint outside Tuzluca, Turkey, late on Monday.", 40.039, 43.652),
])
def test_post_at_border_town_abroad_is_an_event(gazetteer, text, lat, lon):
    found = _points(text, gazetteer)
    assert any(distance_km(lat, lon, y, x) < KM and layer == "checkpoints" for _, y, x, layer in found), found


@pytest.mark.parametrize("text, far_lat, far_lon", [
    # the town the lorries leave: the post is at the crossing, not there
    ("Lorries leaving Kaleybar for Azerbaijan clear Iranian customs at Bileh Savar.", 38.865, 47.039),
    # a post told apart from the town by a comma, or no post at all
    ("Iranian police in Kaleybar said on Monday that the roads were calm.", 38.865, 47.039),
    ("Iranian tanks drove through Khomarlu during the drills on Monday.", 39.159, 47.033),
])
def test_town_abroad_without_its_own_post_is_no_event(gazetteer, text, far_lat, far_lon):
    found = _points(text, gazetteer)
    assert all(distance_km(far_lat, far_lon, y, x) >= KM for _, y, x, _ in found), found
