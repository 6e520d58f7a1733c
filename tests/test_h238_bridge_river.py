"""A bridge being built over a river, with no town named as the bridge's place, is news at the river: the river is an
event's place (`other`: building, no way used). A bridge that only stands there, or a town named as its place,
leaves the river out."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer, published="2023-05-09"):
    return extract_text(text, datetime.date.fromisoformat(published), gazetteer)


def _river(events):
    return [e for e in events if e["coordinates"] and e["place"] in ("Khachinchay", "Araz", "Khachinchay river")]


def test_piers_going_up_for_a_bridge_over_a_named_river(gazetteer):
    got = _river(_events("Workers are putting in piers as a three-span bridge is going up over the Khachinchay "
                         "river, the road agency said.", gazetteer))
    assert got and got[0]["layer"] == "other"


def test_work_started_on_a_bridge_over_the_river(gazetteer):
    got = _river(_events("The minister said work had begun on a second bridge over the Araz this spring.", gazetteer))
    assert got and got[0]["layer"] == "other"


def test_bridges_carrying_a_road_across_the_river_being_built(gazetteer):
    got = _events("Supports are being put up for three bridges that will carry the new road across the Khachinchay "
                  "river in the Aghdam district.", gazetteer)
    assert _river(got) and {e["place"] for e in got} >= {"Aghdam"}


def test_a_bridge_that_only_stands_there_locates(gazetteer):
    assert not _river(_events("The old bridge over the Khachinchay river was shut on Monday.", gazetteer))


def test_something_else_built_near_the_bridge(gazetteer):
    assert not _river(_events("A school is being built near the bridge over the Araz.", gazetteer))


def test_a_town_named_as_the_bridge_s_place(gazetteer):
    got = _events("Iranian outlets covered the road bridge being built across the Araz at Aghband.", gazetteer)
    assert not _river(got) and "Aghband" in {e["place"] for e in got}
