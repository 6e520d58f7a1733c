"""A boat's name in quotation marks after the craft is no place ('the yacht "Lachin"'); an area after a bridge, a
dam or a reservoir named for a place only says where it lies ("the X bridge in the Y district")."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 10, 12)


def _places(text):
    return [e["place"] for e in extract_text(text, DAY)]


def test_a_quoted_boat_name_is_no_place():
    assert not any("Lachin" in p for p in _places('Shells fell near the fishing yacht "Lachin" on Monday.'))
    assert not any("Shusha" in p for p in _places('A new jib was cut for the dinghy "Shusha" last week.'))


def test_a_quoted_place_after_a_preposition_stays():
    assert any("Lachin" in p for p in _places('The boat moored at "Lachin" was hit by shells on Monday.'))


def test_a_boat_named_elsewhere_leaves_the_place_it_reached():
    places = _places('The ferry "Shusha" docked at Lankaran after shells hit Lachin.')
    assert any("Lachin" in p for p in places) and not any("Shusha" in p for p in places)


def test_the_district_after_a_bridge_only_locates_it():
    places = _places("Tourists from ten countries walked over the Hakari bridge in the Lachin district on Sunday.")
    assert any("Hakari" in p for p in places) and not any("Lachin" in p for p in places)


def test_the_district_after_a_reservoir_only_locates_it():
    places = _places("Engineers inspected the Sarsang reservoir in the Martakert district on Sunday.")
    assert not any("Martakert" in p for p in places)


def test_a_district_joined_to_the_bridge_by_and_stays():
    places = _places("Tourists from ten countries visited the Hakari bridge and the Lachin district on Sunday.")
    assert any("Lachin" in p for p in places)
