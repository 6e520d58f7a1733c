"""A place said to have been destroyed during the occupation tells ruin of the past, not fire: the event told there
keeps the layer of what was done (a first stone, an opening: other). Destruction told as fire stays shelling."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 10, 19)


def _pairs(text, gazetteer):
    return [(e["place"], e["layer"]) for e in extract_text(text, DAY, gazetteer, source="test")]


def test_a_village_destroyed_during_the_occupation_keeps_its_event(gazetteer):
    assert _pairs("On Monday the minister opened a new school at Dedeli, a village destroyed during the occupation.",
                  gazetteer) == [("Dedeli", "other")]
    assert _pairs("On Monday the minister opened a new school at Dedeli, a village destroyed during the thirty years "
                  "of occupation.", gazetteer) == [("Dedeli", "other")]


def test_destruction_by_fire_stays_shelling(gazetteer):
    assert _pairs("On Monday shelling destroyed two houses in Dedeli.", gazetteer) == [("Dedeli", "shelling")]
    assert _pairs("Two houses in Dedeli were destroyed on Monday.", gazetteer) == [("Dedeli", "shelling")]
