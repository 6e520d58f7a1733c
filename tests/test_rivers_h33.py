"""River valleys and journeys along rivers as event places: a journey or a flight over, through, up or down the
valley or gorge of a river the gazetteer knows is drawn at that river ("the helicopter flew up the Araz valley"),
and so is a journey made along the river ("we drove back to Horadiz along the Araz"); a road, a railway or villages
that merely lie along a river, or a valley that only locates a place, are not."""

import datetime as dt

import pytest

from geo.extract import extract_text


def places(text, gazetteer, published=dt.date(2024, 6, 1)):
    return {name for c in extract_text(text, published, gazetteer) for name in c["place_name"].split(";")}


@pytest.mark.parametrize("text, river", [
    ("The ambulance helicopter flew up the Araz valley to Horadiz on Sunday.", "Araz River"),
    ("Our minibus followed the Khachen valley north for two hours before the checkpoint.", "Khachen River"),
    ("The lorries went down the Arpa gorge towards Yeghegnadzor after the pass reopened.", "Arpa River"),
    ("Heavy cloud over the Okhchuchay valley delayed the evening flight.", "Okhchuchay River"),
])
def test_a_journey_through_a_river_valley_is_at_the_river(gazetteer, text, river):
    found = places(text, gazetteer)
    assert river in found, found


@pytest.mark.parametrize("text, river", [
    ("The taxi driver took us back to Horadiz along the Araz after the ceremony.", "Araz River"),
    ("On Friday we drove south along the Khachen and reached Vank by noon.", "Khachen River"),
])
def test_a_journey_along_a_river_is_at_the_river(gazetteer, text, river):
    found = places(text, gazetteer)
    assert river in found, found


@pytest.mark.parametrize("text, river", [
    ("The new railway will be laid along the Araz towards the border.", "Araz River"),
    ("Several villages along the Khachen still have no running water.", "Khachen River"),
    ("The shelled hamlet lies at the head of the Khachen valley, below Vank.", "Khachen River"),
    ("Farmers in the Arpa valley said the harvest was poor this year.", "Arpa River"),
])
def test_a_river_or_valley_that_only_locates_is_no_place(gazetteer, text, river):
    found = places(text, gazetteer)
    assert river not in found, found
