"""Journeys of goods and people, second set: goods loaded in one town and held at a crossing, vehicles held by
guards or waiting near a crossing, trains that leave one town for another, goods trucked to a town, a mountain pass
driven over, and vehicles crossing from one country into another at a named crossing. Each sentence with the layer a
careful reader files each of its places under (``NOT_HELD``: any layer but `checkpoints`).

Conventions followed (docs/evaluation.md): a journey's two ends and the pass it goes over are `corridors` waypoints,
a train's as much as a lorry's; vehicles held, stopped or waiting at or near a named crossing, or held by a side at
a place, are held there (`checkpoints`); the town goods were loaded in is their origin, not the crossing's news;
talks or a meeting held at a place are no checkpoint.
"""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import waypoint_layers

C, K, O, NOT_HELD = "corridors", "checkpoints", "other", "not checkpoints"
DAY = dt.date(2023, 6, 10)

layers = partial(waypoint_layers, published=DAY)

CASES = [
    # goods loaded in a town and held at a crossing: the crossing's news, not the town's
    ("Cement loaded in Ijevan and held at the Sadakhlo crossing for three days went to waste.",
     {"Sadakhlo": K, "Ijevan": NOT_HELD}),
    ("Timber loaded in Gabala was held at the Red Bridge crossing for two days.", {"Red Bridge": K, "Gabala": NOT_HELD}),
    ("Goods loaded in Nakhchivan and held at the Shahtakhti crossing for four days were sent back.", {"Shahtakhti": K}),
    ("Cargo loaded in Meghri was held at the Norduz crossing for six days.", {"Norduz": K, "Meghri": NOT_HELD}),
    ("Cargo loaded in Ijevan was held at the Red Bridge for four days.", {"Red Bridge": K, "Ijevan": NOT_HELD}),
    ("Medicine loaded in Yerevan was held at the Hakari bridge on 3 August.",
     {"Hakari Bridge": K, "Yerevan": NOT_HELD}),
    ("Flour loaded in Armavir was held at the Margara bridge for two days.",
     {"Margara crossing": K, "Armavir": NOT_HELD}),
    ("Aid loaded in Masis was held at the Hakari bridge for a month.", {"Hakari Bridge": K, "Masis": NOT_HELD}),
    # vehicles a side held at a crossing or a named place
    ("Georgian border guards held the convoy at Sadakhlo for ten hours.", {"Sadakhlo": K}),
    ("Border guards held the lorries at the Margara crossing on Monday.", {"Margara crossing": K}),
    ("Azerbaijani border guards held the aid convoy at the Hakari bridge on 20 July.", {"Hakari Bridge": K}),
    ("Iranian border guards held the trucks at Norduz overnight.", {"Norduz": K}),
    ("Russian border guards held the buses at Upper Lars for a day.", {"Upper Lars": K}),
    ("Border guards held a column of trucks at the Red Bridge on Friday.", {"Red Bridge": K}),
    ("Border guards held the evacuation buses at the Kornidzor checkpoint.", {"Kornidzor": K}),
    ("Soldiers kept the cars at Berd for hours.", {"Berd": K}),
    ("Officials held talks at Ijevan on Monday.", {"Ijevan": NOT_HELD}),
    ("The delegation held a meeting at the Margara crossing.", {"Margara crossing": NOT_HELD}),
    # vehicles waiting at or near a named crossing, however long
    ("Lorries waited for a week near the Upper Lars crossing.", {"Upper Lars": K}),
    ("Trucks waited for three days near the Red Bridge crossing.", {"Red Bridge": K}),
    ("Hundreds of lorries waited for days near the Sadakhlo crossing.", {"Sadakhlo": K}),
    ("Fuel tankers waited near the Agarak crossing for a week.", {"Agarak": K}),
    ("Trucks waited for two weeks at the Dilucu crossing.", {"Dilucu border gate": K}),
    ("Lorries waited for ten days near the Alican border gate.", {"Alican border gate": K}),
    ("The convoy waited for two days near the Margara checkpoint.", {"Margara crossing": K}),
    # trains, and vehicles said what they carry, between two towns
    ("The train carrying grain left Gyumri for Yerevan on Monday.", {"Gyumri": C, "Yerevan": C}),
    ("A freight train carrying wheat left Ganja for Baku on Friday.", {"Ganja": C, "Baku": C}),
    ("The freight train carrying cement left Ararat for Vanadzor on Sunday.", {"Ararat": C, "Vanadzor": C}),
    ("A train carrying grain from Russia left Gyumri for Yerevan.", {"Gyumri": C, "Yerevan": C}),
    ("The passenger train left Baku for Ganja on 15 March.", {"Baku": C, "Ganja": C}),
    ("A train carrying fuel set off from Yevlakh for Baku.", {"Yevlakh": C, "Baku": C}),
    ("The train carrying grain arrived in Yerevan from Gyumri on Tuesday.", {"Yerevan": C, "Gyumri": C}),
    ("A train carrying oil left Baku for Yevlakh on Monday.", {"Baku": C, "Yevlakh": C}),
    ("The train carrying grain left Yerevan for Gyumri.", {"Yerevan": C, "Gyumri": C}),
    ("A lorry laden with cement left Ijevan for Dilijan on Monday.", {"Ijevan": C, "Dilijan": C}),
    ("A bus carrying students left Sevan for Dilijan on Saturday.", {"Sevan": C, "Dilijan": C}),
    # goods trucked to a town
    ("Flour loaded in Ararat was trucked to Vayk on Monday.", {"Vayk": C, "Ararat": NOT_HELD}),
    ("Sugar loaded in Ganja was trucked to Shusha on 2 May.", {"Shusha": C, "Ganja": NOT_HELD}),
    ("Fuel loaded in Masis was trucked to Martakert.", {"Martakert": C, "Masis": NOT_HELD}),
    ("Flour loaded in Yevlakh was trucked to Khankendi on Friday.", {"Stepanakert": C, "Yevlakh": NOT_HELD}),
    ("Medicines loaded in Yerevan were trucked to Sisian.", {"Sisian": C, "Yerevan": NOT_HELD}),
    ("Wheat was trucked from Gyumri to Vanadzor on Tuesday.", {"Gyumri": C, "Vanadzor": C}),
    ("Potatoes were trucked from Tashir to Vanadzor.", {"Tashir": C, "Vanadzor": C}),
    # a mountain pass on the way
    ("Refugees drove over the Sotk pass to Vardenis.", {"Sotk Pass": C, "Vardenis": C}),
    ("Families drove over the Selim pass to Yeghegnadzor.", {"Selim Pass": C, "Yeghegnadzor": C}),
    ("Villagers drove over the Omar pass to Kalbajar.", {"Omar Pass": C, "Kalbajar": C}),
    ("The refugees fled over the Sotk pass to Vardenis on 24 September.", {"Sotk Pass": C, "Vardenis": C}),
    ("Civilians drove over the Omar pass towards Martakert.", {"Omar Pass": C, "Martakert": C}),
    ("Hundreds of families drove over the Vardenyats pass to Getap.", {"Selim Pass": C}),
    ("Refugees walked over the Omar pass to Kalbajar.", {"Omar Pass": C, "Kalbajar": C}),
    # vehicles crossing from one country into another at a named crossing
    ("The trucks crossed from Georgia into Azerbaijan at the Red Bridge crossing.", {"Red Bridge": K}),
    ("The lorries crossed from Armenia into Georgia at the Sadakhlo crossing on Monday.", {"Sadakhlo": K}),
    ("Buses crossed from Iran into Armenia at the Agarak crossing.", {"Agarak": K}),
    ("Trucks crossed from Turkey into Nakhchivan at the Dilucu crossing.", {"Dilucu border gate": K}),
    ("The convoy crossed from Russia into Georgia at the Upper Lars crossing on Sunday.", {"Upper Lars": K}),
    ("Trucks crossed from Iran into Nakhchivan at the Shahtakhti crossing.", {"Shahtakhti": K}),
    ("Lorries crossed from Georgia into Azerbaijan at the Samtatskaro crossing.", {"Samtatskaro": K}),
    ("The tankers crossed from Iran into Armenia at the Norduz crossing on 4 April.", {"Norduz": K}),
    ("The trucks crossed from Armenia into Georgia at the Bagratashen crossing.", {"Bagratashen": K}),
]


def _as_expected(layer, expected):
    """The layer found, read the way the expectation is written (``NOT_HELD``: any layer but checkpoints)."""
    return (layer != K and NOT_HELD) if expected == NOT_HELD else layer


@pytest.mark.parametrize("text, expected", CASES)
def test_journey_layers(gazetteer, text, expected):
    found = layers(text, gazetteer)
    assert {place: _as_expected(found.get(place), want) for place, want in expected.items()} == expected, found


def test_a_mine_driven_over_is_no_pass_on_the_way(gazetteer):
    # (the blast, "other" when no fire is told, as the held-out sets file mine blasts; no pass on the way)
    assert layers("The family drove over a mine near Talish.", gazetteer).get("Talish") == "other"
