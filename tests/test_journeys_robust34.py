"""Journeys of goods and people, in many wordings: convoys and buses leaving one town for another, evacuations,
families going home, goods held or queuing on the way. Each sentence with the layer a careful reader files each of
its places under (``ABSENT``: no event there).

Conventions followed (docs/evaluation.md): a journey's origin, destination and the places it passes through are
`corridors` waypoints, a capital it is bound for too ("left X for Yerevan": the town, not its government); vehicles
queuing at a named place or waiting at a named crossing are held there (`checkpoints`); the displaced going home
or let back are `other`; a hardship that "hit" a town is no attack on it; a town abroad a journey ends in, and goods
lacking "from" a town, are no events; a wait's length ("for days", "after a week") is no date.
"""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import rows, waypoint_layers

C, K, O, ABSENT = "corridors", "checkpoints", "other", None
DAY = dt.date(2023, 6, 10)

layers = partial(waypoint_layers, published=DAY)

CASES = [
    ("The convoy left Stepanakert for Yerevan on Tuesday morning.", {"Stepanakert": C, "Yerevan": C}),
    ("The convoy left Khankendi for Baku on 3 May.", {"Stepanakert": C, "Baku": C}),
    # a flight from a place to a place abroad keeps both ends, as the annotated sets keep them
    ("Forty families flew from Yerevan to Moscow on Sunday.", {"Yerevan": C, "Moscow": C}),
    ("The lorries left Ijevan for Tbilisi on Monday.", {"Ijevan": C}),
    ("A column of trucks set off from Meghri towards Iran on Friday.", {"Meghri": C}),
    ("Residents of Martakert complained of shortages of fuel from Yerevan.", {"Martakert": O, "Yerevan": ABSENT}),
    ("Residents were allowed back to Fuzuli on Thursday.", {"Fuzuli": O}),
    ("The first families returned to their homes in Lachin on 26 July.", {"Lachin": O}),
    ("Two hundred villagers returned to their homes in Sotk on Saturday.", {"Sotk": O}),
    ("Forty people were evacuated from Jermuk to Yerevan on Tuesday.", {"Jermuk": C, "Yerevan": C}),
    ("The bus from Martuni reached Yerevan after nine hours.", {"Khojavend": C, "Yerevan": C}),
    ("Goods in transit through Georgia reached Yerevan on Friday.", {"Yerevan": C}),
    ("Trucks queued for days at Upper Lars.", {"Upper Lars": K}),
    ("Lorries queued for four days at the Sadakhlo crossing.", {"Sadakhlo": K}),
    ("The buses departed Shusha for Ganja on Monday.", {"Shusha": C, "Ganja": C}),
    ("A convoy of 30 trucks left Agdam for Khankendi on Saturday.", {"Aghdam": C, "Stepanakert": C}),
    ("The aid convoy headed from Barda to Aghdam on 12 September.", {"Barda": C, "Aghdam": C}),
    ("Refugees travelled from Stepanakert to Yerevan in a column of cars.", {"Stepanakert": C, "Yerevan": C}),
    ("The families were flown from Yerevan to Krasnodar on Tuesday.", {"Yerevan": C, "Krasnodar": C}),
    ("Dozens of students flew from Baku to Istanbul on Friday.", {"Baku": C, "Istanbul": C}),
    ("Fuel trucks bound for Armenia waited at the Upper Lars crossing for six days.", {"Upper Lars": K}),
    ("A hundred trucks were stuck at Sadakhlo on Thursday.", {"Sadakhlo": K}),
    ("The Red Cross trucks were turned back at the Hakari bridge on 15 June.", {"Hakari Bridge": K}),
    ("Shortages of flour and fuel hit Stepanakert in January.", {"Stepanakert": O}),
    ("Displaced residents were allowed back into Shusha on 10 May.", {"Shusha": O}),
    ("Former residents returned to Kalbajar on Sunday for the first time in thirty years.", {"Kalbajar": O}),
    ("The first group of families moved back to Zangilan on 19 July.", {"Zangilan": O}),
    ("Around 20 families resettled in Talish on Wednesday.", {"Talish": O}),
    ("Villagers were evacuated from Chinari to Berd on Tuesday night.", {"Chinari": C, "Berd": C}),
    ("Children from Vardenis were evacuated to Sevan on Thursday.", {"Vardenis": C, "Sevan": C}),
    ("The wounded were airlifted from Stepanakert to Yerevan on Monday.", {"Stepanakert": C, "Yerevan": C}),
    ("Patients were taken from Martakert to the hospital in Stepanakert on Sunday.",
     {"Martakert": C, "Stepanakert": C}),
    ("The evacuation bus from Hadrut reached Stepanakert after six hours.", {"Hadrut": C, "Stepanakert": C}),
    ("After a week on the road, the convoy reached Nakhchivan.", {"Nakhchivan": C}),
    ("Goods from Iran reach Armenia in transit through Meghri.", {"Meghri": C}),
    ("Iranian trucks passed in transit through Agarak on Monday.", {"Agarak": C}),
    ("Trucks queued for hours at the Agarak crossing on Monday.", {"Agarak": K}),
    ("Hundreds of trucks queued at the Red Bridge for three days.", {"Red Bridge": K}),
    ("Cars queued for days at the Kornidzor checkpoint.", {"Kornidzor": K}),
    ("Some 120 lorries were lined up at Upper Lars on Sunday.", {"Upper Lars": K}),
    ("A group of pilgrims travelled from Yerevan to Tbilisi by bus on Saturday.", {"Yerevan": C}),
    ("Migrant workers flew from Gyumri to Moscow on Monday.", {"Gyumri": C, "Moscow": C}),
    ("A charter flight took the students from Yerevan to Beirut.", {"Yerevan": C, "Beirut": ABSENT}),
    ("The wheat shipment arrived in Yerevan from Russia via Upper Lars.", {"Yerevan": C, "Upper Lars": C}),
    ("A convoy of the International Committee of the Red Cross reached Stepanakert on Tuesday.", {"Stepanakert": C}),
    ("The aid reached Khankendi via the Aghdam road on 12 September.", {"Stepanakert": C, "Aghdam": C}),
    ("Russian peacekeepers escorted the buses from Stepanakert to Kornidzor.", {"Stepanakert": C, "Kornidzor": C}),
    ("Turkish trucks reached Nakhchivan through the Dilucu crossing.", {"Nakhchivan": C, "Dilucu border gate": C}),
    ("Goods bound for Nakhchivan were held at the Dilucu crossing for two days.",
     {"Nakhchivan": C, "Dilucu border gate": K}),
    ("The flour was brought from Ganja to Fuzuli on Saturday.", {"Ganja": C, "Fuzuli": C}),
    ("Returning families were taken by bus from Baku to Lachin on 19 July.", {"Baku": C, "Lachin": C}),
    ("The buses carrying former residents arrived in Kalbajar on Sunday.", {"Kalbajar": O}),
    # a journey told by where it headed or set off for ("headed for X", "set off from A for B"); a shortage or cut
    # that hit a town, no attack on it
    ("Buses carrying refugees headed for Yerevan on Monday.", {"Yerevan": C}),
    ("The last lorries set off from Ijevan for Baku at dawn.", {"Ijevan": C, "Baku": C}),
    ("Fuel shortages hit Martuni on Monday.", {"Khojavend": O}),
    ("Power cuts have hit Askeran since Friday.", {"Askeran": O}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_journey_layers(gazetteer, text, expected):
    found = layers(text, gazetteer)
    assert {place: found.get(place) for place in expected} == expected, found


@pytest.mark.parametrize("text, place", [
    ("The minister left Baku for talks on Monday.", "Baku"),     # a capital left, not a journey's end
])
def test_a_capital_only_left_is_no_waypoint_of_a_journey_to_it(gazetteer, text, place):
    assert layers(text, gazetteer).get(place) != C


@pytest.mark.parametrize("text, place", [
    ("Trucks queued for days at Upper Lars.", "Upper Lars"),
    ("After a week on the road, the convoy reached Nakhchivan.", "Nakhchivan"),
    ("The bus from Martuni reached Yerevan after nine hours.", "Yerevan"),
])
def test_a_wait_s_length_is_no_date(gazetteer, text, place):
    row = next(r for r in rows(text, gazetteer, DAY) if place in r["place_name"].split(";"))
    assert not row["date_text"], row["date_text"]


def test_a_stated_day_of_a_return_is_its_date(gazetteer):
    row = next(r for r in rows("The first families returned to their homes in Lachin on 26 July.", gazetteer, DAY))
    assert row["start_date"] == "2022-07-26"
