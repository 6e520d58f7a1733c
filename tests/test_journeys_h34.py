"""Journeys told by both ends: a convoy that "left X and reached Y", and travellers "flown into X and taken up to Y
by coach". Both ends are the route's (corridors). Vehicles on their way that "blocked the road" are the route's too,
not a blocking point, unlike people who blocked it."""

import pytest

from tests.helpers import waypoint_layers

PUBLISHED = "2022-08-10"


def layers(text, gazetteer):
    return waypoint_layers(text, gazetteer, PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    # a convoy's departure and arrival
    ("A convoy of aid lorries left Goris and reached Kapan the same evening.", {"Goris": "corridors", "Kapan": "corridors"}),
    ("A relief convoy left Ganja on Monday and reached Tovuz the same day.", {"Ganja": "corridors", "Tovuz": "corridors"}),
    ("The convoy left Barda at dawn and reached Kalbajar by noon.", {"Barda": "corridors", "Kalbajar": "corridors"}),
    ("The lorries departed Tovuz and finally reached Gazakh after midnight.", {"Tovuz": "corridors", "Gazakh": "corridors"}),
    # a flight, then the road on from where it landed
    ("The delegates were flown into Zvartnots airport and taken up to Dilijan by coach.",
     {"Zvartnots International Airport": "corridors", "Dilijan": "corridors"}),
    ("The guests were flown into Ganja airport and taken on to Gabala by bus on Friday.",
     {"Ganja International Airport": "corridors", "Qabala": "corridors"}),
    ("The ministers were flown to Nakhchivan and then taken to Ordubad by car.",
     {"Nakhchivan": "corridors", "Ordubad": "corridors"}),
    ("The delegates were flown into Gyumri on Monday.", {"Gyumri": "corridors"}),
    # "taken into custody" is no journey
    ("He was taken into custody in Kapan.", {"Kapan": "other"}),
])
def test_journey_ends(gazetteer, text, expected):
    found = layers(text, gazetteer)
    assert {place: found.get(place) for place in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # vehicles on their way that blocked a road held up its traffic: the route's
    ("Residents complained that the lorries carrying the aid to Kapan on Monday blocked the road through Goris "
     "for an hour.", {"Kapan": "corridors", "Goris": "corridors"}),
    ("Residents of the town, which Armenians call Martuni, complained that the coaches carrying the guests to Fuzuli "
     "on Monday blocked the road through the town for an hour.", {"Fuzuli": "corridors"}),
    # people who blocked a road, with their vehicles or without, stopped it there
    ("Protesters blocked the road near Ijevan with lorries and buses.", {"Ijevan": "checkpoints"}),
    ("Villagers blocked the road near Tegh on Monday.", {"Tegh": "checkpoints"}),
])
def test_road_blocked_by_vehicles_or_people(gazetteer, text, expected):
    found = layers(text, gazetteer)
    assert {place: found.get(place) for place in expected} == expected
