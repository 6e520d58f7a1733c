"""The far end abroad of a flight, a bus, a train or a lorry named by its ends, and roads named by two towns, in
sentences written for these tests. Each sentence with the layer a careful reader files each of its places under
(``ABSENT``: no event there).

Conventions followed (docs/evaluation.md and the older sets' annotations): a service named from one place to
another is a route through both ends (`corridors`), its end abroad too ("a direct flight from Yerevan to Batumi",
"the train from Tbilisi arrived in Gyumri", "the plane took off from Baku for Tabriz": Tbilisi, Kars and Batumi
at a journey's far end are `corridors` in the earlier sets); a road named by two towns is a road between them, not
the corridor the gazetteer files under one town's name ("the Kalbajar–Lachin road" is no Lachin corridor); a town
abroad named only as where people or bodies sit is no event.
"""

import pytest

from tests.helpers import waypoint_layers

C, O, ABSENT = "corridors", "other", None

CASES = [
    ('A direct flight from Yerevan to Batumi was launched on Monday.', {"Yerevan": C, "Batumi": C}),
    ('The first direct flight from Baku to Tbilisi in two years landed on Friday.', {"Baku": C, "Tbilisi": C}),
    ('The bus from Marneuli to Baku was turned back at the border.', {"Marneuli": C, "Baku": C}),
    # a vehicle's journey only names the road when something happened at a point on it: the point is the news
    ('The minibus from Ijevan to Tbilisi was stopped at the Bagratashen crossing.',
     {"Bagratashen": "checkpoints", "Ijevan": ABSENT, "Tbilisi": ABSENT}),
    ('The night train from Yerevan reached Batumi on Saturday morning.', {"Yerevan": C, "Batumi": C}),
    ('The train from Batumi reached Yerevan after a 15-hour journey.', {"Batumi": C, "Yerevan": C}),
    ('The train from Tbilisi arrived in Gyumri late on Sunday.', {"Tbilisi": C, "Gyumri": C}),
    ('The bus arrived in Vanadzor from Tbilisi on Tuesday night.', {"Vanadzor": C, "Tbilisi": C}),
    ('A chartered plane arrived in Nakhchivan from Tabriz on Monday.', {"Nakhchivan": C, "Tabriz": C}),
    ('The plane took off from Baku for Tabriz at noon.', {"Baku": C, "Tabriz": C}),
    ('Flights from Tbilisi to Ganja resumed on 1 March.', {"Tbilisi": C, "Ganja": C}),
    ('Flights from Tabriz to Baku were suspended for a week.', {"Tabriz": C, "Baku": C}),
    ('A plane from Istanbul landed at Ganja airport on Friday.', {"Istanbul": C}),
    ('The plane from Tbilisi landed at Gyumri airport after a two-hour delay.', {"Tbilisi": C}),
    ('The flight landed in Yerevan from Tbilisi on Wednesday evening.', {"Yerevan": C, "Tbilisi": C}),
    ('The buses from Tabriz to Nakhchivan were halted at the Julfa crossing.',
     {"Julfa": "checkpoints", "Tabriz": ABSENT, "Nakhchivan": ABSENT}),
    ('The coach from Batumi to Yerevan was held at Sadakhlo for six hours.', {"Batumi": C, "Yerevan": C}),
    ('The train from Baku reached Tbilisi on Tuesday, the railway company said.', {"Baku": C, "Tbilisi": C}),
    ('The passenger train left Tbilisi for Yerevan at 20:20.', {"Tbilisi": C, "Yerevan": C}),
    ('Armenian pilgrims flew from Yerevan to Tehran on Sunday.', {"Yerevan": C}),
    ('The train from Kutaisi arrived in Tbilisi two hours late.', {"Kutaisi": C, "Tbilisi": C}),
    ('A bus took off from Sheki for Lagodekhi on Friday.', {"Sheki": C, "Lagodekhi": C}),
    ('A ceremony marking the opening of the road was held in Marneuli on Friday.', {"Marneuli": C}),
    ('A groundbreaking ceremony for the Kars–Igdir–Nakhchivan railway was held in Igdir.', {"Iğdır": C}),
    ('Work began on a road from Istisu to Kalbajar on Monday.', {"Istisu": C, "Kalbajar": C}),
    ('A new road from Vardenis to Sotk was opened.', {"Vardenis": C, "Sotk": C}),
    ('A road from Tartar to Sugovushan was asphalted last year.', {"Tartar": C, "Madagiz": C}),
    ('Construction of a road from Fuzuli to Shusha was completed in 2021.', {"Fuzuli": C, "Shusha": C}),
    ('A new gas pipeline from Igdir to Nakhchivan was commissioned in 2025.', {"Iğdır": C, "Nakhchivan": C}),
    ("The terminal of Ganja's airport was renovated last year.", {"Ganja": O}),
    ('The Kalbajar–Lachin road was reopened after repairs.', {"Kalbajar": C, "Lachin": C}),
    ('Construction of the Kalbajar-Lachin highway is under way.', {"Kalbajar": C, "Lachin": C}),
    ('The Lachin–Kalbajar road will be finished next year.', {"Lachin": C, "Kalbajar": C}),
    ('The Shusha–Lachin road was closed by a landslide.', {"Shusha": C, "Lachin": C}),
    ('Experts in Tbilisi doubt that the trains will run this year.', {"Tbilisi": ABSENT}),
    ('The airline, based in Istanbul, plans flights to Ganja.', {"Istanbul": ABSENT}),
    ('The ministers met in Tbilisi to discuss the railway.', {"Tbilisi": O}),
    ('A Turkish freight train left Kars for Tbilisi on Wednesday.', {"Kars": C, "Tbilisi": C}),
    ('The minibus from Sadakhlo to Tbilisi was cancelled.', {"Tbilisi": C}),
    ('A bus from Ardabil reached Astara on Sunday evening.', {"Ardabīl": C, "Astara": C}),
    ('The trucks from Tabriz arrived in Nakhchivan on Friday.', {"Tabriz": C, "Nakhchivan": C}),
    ('The new flight from Baku to Batumi will run three times a week.', {"Baku": C, "Batumi": C}),
    ('A plane took off from Yerevan for Tbilisi but turned back because of fog.', {"Yerevan": C, "Tbilisi": C}),
    ('The coach arrived in Stepanakert from Yerevan on Saturday.', {"Stepanakert": C, "Yerevan": C}),
    ('The Tovuz–Gazakh highway was closed for repairs.', {"Tovuz": C, "Gazakh": C}),
    ('The Sotk-Kalbajar road was reopened on Monday.', {"Sotk": C, "Kalbajar": C}),
    ('Trains from Akhalkalaki to Kars will resume in spring, Turkish officials said.', {"Akhalkalaki": C, "Kars": C}),
    ('Experts in Moscow doubt the buses will run before summer.', {"Moscow": ABSENT}),
    ('The bus company, registered in Tbilisi, runs buses to Ganja.', {"Tbilisi": ABSENT}),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_layer(sentence, expected, gazetteer):
    got = waypoint_layers(sentence, gazetteer)
    assert {place: got.get(place) for place in expected} == expected
