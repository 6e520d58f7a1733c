"""A stretch told by its two ends after "from ... to" ("the stretch leading from A to B could not be used", "the
stretch from A to the village of B") is a piece of road, read as "the road from A to B" is: a closure on it is
`corridors` at both ends. A stretch of the border or of land keeps no road, and towns named apart stay apart."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 9, 1)


def _events(text, gazetteer):
    return extract_text(text, DAY, gazetteer, source="test")


def test_stretch_leading_from_to_a_village(gazetteer):
    events = _events("The mayor said the stretch leading from Kapan to the village of Meghri could not be used.",
                     gazetteer)
    assert [(e["place"], e["layer"]) for e in events] == [("Kapan;Meghri", "corridors")]
    assert events[0]["claimed_by"]


def test_stretch_from_closed(gazetteer):
    events = _events("The stretch from Goris to Kapan was closed on Tuesday.", gazetteer)
    assert [(e["place"], e["layer"]) for e in events] == [("Goris;Kapan", "corridors")]
    assert events[0]["start_date"] == "2021-08-31"


def test_road_to_the_village_of(gazetteer):
    events = _events("The road running from Kapan to the village of Meghri was closed.", gazetteer)
    assert [(e["place"], e["layer"]) for e in events] == [("Kapan;Meghri", "corridors")]


# near sentences: no road named from one end to the other

def test_stretch_of_the_border_is_no_road(gazetteer):
    events = _events("The stretch of the border from Tegh to Kornidzor was quiet.", gazetteer)
    assert all(e["layer"] != "corridors" for e in events)


def test_stretch_of_land_is_no_road(gazetteer):
    events = _events("The stretch of land from Kapan to Meghri is green.", gazetteer)
    assert all(e["layer"] != "corridors" for e in events)


def test_towns_to_a_meeting_stay_apart(gazetteer):
    events = _events("Delegates from Kapan went to the village of Meghri for the meeting.", gazetteer)
    assert all(";" not in e["place"] for e in events)
