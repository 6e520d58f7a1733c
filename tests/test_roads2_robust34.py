"""Events on a road named by its towns, second pass: a road named "between" its towns, a vehicle's journey "from A
to B", a village of the road where fire fell, and a post or fire at one of the road's own towns; each sentence with
the layer a careful reader files each of its places under (``ABSENT``: no event there).

Conventions followed (docs/evaluation.md, README, tests/test_roads_robust34.py, tests/test_extract.py): fire on "the
road between A and B", or on a journey between them, is the one event between the two towns, which both carry; fire
at a vehicle going "from A to B" is fire on the road they name and gives nothing at its towns; a place of the road's
own clause after "near", "at" or "outside" (one of its towns named again too) is where it happened, and the towns
then only say which road it was; a checkpoint opened there is a post, not the road opened; a road closed, reopened
or travelled with no such place is `corridors`, drawn through its towns; a road blocked near a village is a blockage
at that point (`checkpoints`).
"""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import waypoint_layers

S, C, K, ABSENT = "shelling", "corridors", "checkpoints", None

layers = partial(waypoint_layers, published=dt.date(2022, 6, 10))

CASES = [
    # (1) a road named with "between": fire on it is one event between its towns, which both carry;
    # a place of its clause after "near" or "at" is where it happened
    ('A lorry travelling between Berd and Chinari came under fire on Tuesday.', {'Berd': S, 'Chinari': S}),
    ('A car driving between Vardenis and Sotk was shot at on Monday.', {'Vardenis': S, 'Sotk': S}),
    ('Azerbaijani troops fired at vehicles on the highway between Tartar and Barda.', {'Tartar': S, 'Barda': S}),
    ('The road between Ijevan and Noyemberyan came under fire overnight.', {'Ijevan': S, 'Noyemberyan': S}),
    ('A minibus was hit by gunfire on the road between Martuni and Karmir Shuka.', {'Khojavend': S, 'Karmir Shuka': S}),
    ('Shells fell on the road between Aghdam and Askeran on 5 October 2020.', {'Aghdam': S, 'Askeran': S}),
    ('A drone struck a truck on the road between Fuzuli and Horadiz.', {'Fuzuli': S, 'Horadiz': S}),
    ('The highway between Ijevan and Noyemberyan was closed near Baghanis on Tuesday.',
     {'Baghanis': C, 'Ijevan': ABSENT, 'Noyemberyan': ABSENT}),
    ('The road between Yerevan and Gyumri was closed near Ashtarak because of snow.',
     {'Ashtarak': C, 'Yerevan': ABSENT, 'Gyumri': ABSENT}),
    ('Police closed the road between Ganja and Gazakh near Shamkir on Monday.',
     {'Shamkir': C, 'Ganja': ABSENT, 'Gazakh': ABSENT}),
    ('A car came under fire on the road between Vardenis and Sotk near Kut.',
     {'Kut': S, 'Vardenis': ABSENT, 'Sotk': ABSENT}),
    ('Shots were fired at a bus on the highway between Berd and Ijevan near Chinari.',
     {'Chinari': S, 'Berd': ABSENT, 'Ijevan': ABSENT}),
    ('The road between Yerevan and Sevan was closed on Friday.', {'Yerevan': C, 'Sevan': C}),
    ('The road between Julfa and Ordubad reopened on Monday.', {'Julfa': C, 'Ordubad': C}),
    ('A checkpoint was set up on the road between Ijevan and Noyemberyan at Voskevan.',
     {'Voskevan': K, 'Ijevan': ABSENT, 'Noyemberyan': ABSENT}),
    # (2) a vehicle's journey from A to B fired at: nothing at its towns
    ('A car driving from Vardenis to Sotk was fired at on Monday.', {'Vardenis': ABSENT, 'Sotk': ABSENT}),
    ('The bus from Berd to Ijevan was hit by shrapnel on Tuesday.', {'Berd': ABSENT, 'Ijevan': ABSENT}),
    ('A lorry travelling from Tartar to Barda came under artillery fire.', {'Tartar': ABSENT, 'Barda': ABSENT}),
    ('An ambulance heading from Martakert to Stepanakert was shot at.', {'Martakert': ABSENT, 'Stepanakert': ABSENT}),
    ('A minibus on its way from Ijevan to Noyemberyan was hit by sniper fire.',
     {'Ijevan': ABSENT, 'Noyemberyan': ABSENT}),
    ('A truck going from Fuzuli to Hadrut hit a mine on Sunday.', {'Fuzuli': ABSENT, 'Hadrut': ABSENT}),
    ('A convoy moving from Shusha to Lachin was attacked by a drone.', {'Shusha': ABSENT, 'Lachin': ABSENT}),
    ('A taxi travelling from Yeraskh to Ararat came under fire on Saturday.', {'Yeraskh': ABSENT, 'Ararat': ABSENT}),
    ('The evening bus from Askeran to Stepanakert was fired on.', {'Askeran': ABSENT, 'Stepanakert': ABSENT}),
    ('A tractor driving from Chinari to Berd was hit by a bullet.', {'Chinari': ABSENT, 'Berd': ABSENT}),
    ('A car on its way from Ganja to Tovuz was struck by shrapnel.', {'Ganja': ABSENT, 'Tovuz': ABSENT}),
    ('A van driving from Jermuk to Vayk was shot at near Gndevaz.', {'Gndevaz': S, 'Jermuk': ABSENT, 'Vayk': ABSENT}),
    ('A bus travelling from Ijevan to Noyemberyan came under fire near Baghanis.',
     {'Baghanis': S, 'Ijevan': ABSENT, 'Noyemberyan': ABSENT}),
    # (3) a village of the road where fire happened: shelling
    ('A car came under fire on the Berd–Ijevan road near Navur on Tuesday.',
     {'Navur': S, 'Berd': ABSENT, 'Ijevan': ABSENT}),
    ('Shells hit the road near Kut on the Vardenis-Sotk highway.', {'Kut': S, 'Vardenis': ABSENT, 'Sotk': ABSENT}),
    ('Shells hit the road near Voskevan on Monday.', {'Voskevan': S}),
    ('A truck came under fire on the Yerevan–Yeraskh highway near Surenavan.', {'Surenavan': S}),
    ('Gunfire hit a car on the Ijevan-Noyemberyan road outside Baghanis.',
     {'Baghanis': S, 'Ijevan': ABSENT, 'Noyemberyan': ABSENT}),
    ('Azerbaijani troops opened fire on the Vardenis–Sotk road close to Norabak.',
     {'Norabak': S, 'Vardenis': ABSENT, 'Sotk': ABSENT}),
    ('Bullets struck a bus on the Tartar-Barda highway near Sugovushan.', {'Tartar': ABSENT, 'Barda': ABSENT}),
    ('A car was hit by mortar fire on the road near Aygepar on Tuesday.', {'Aygepar': S}),
    ('Two vehicles came under fire near Chinari on the Berd road.', {'Chinari': S}),
    ('A lorry came under fire on the Stepanakert–Martakert road near Askeran.',
     {'Askeran': S, 'Stepanakert': ABSENT, 'Martakert': ABSENT}),
    ('Shells hit the road near Tegh on Monday evening.', {'Tegh': S}),
    ('A sniper fired at cars on the road near Movses.', {'Movses': S}),
    # (4) the point is one of the road's own towns, or a post opened at a town of the road
    ('Azerbaijani troops opened fire on the Ijevan-Noyemberyan road at Noyemberyan.',
     {'Noyemberyan': S, 'Ijevan': ABSENT}),
    ('Firing on the Vardenis–Sotk road at Sotk wounded a driver.', {'Sotk': S, 'Vardenis': ABSENT}),
    ('A car was shot at on the Berd-Chinari road near Berd.', {'Berd': S, 'Chinari': ABSENT}),
    ('Shells hit the Tartar–Barda road outside Tartar on Sunday.', {'Tartar': S, 'Barda': ABSENT}),
    ('A new checkpoint was opened at Voskevan on the road from Ijevan to Noyemberyan.',
     {'Voskevan': K, 'Ijevan': ABSENT, 'Noyemberyan': ABSENT}),
    ('Police opened a checkpoint at Kut on the road from Vardenis to Sotk.',
     {'Kut': K, 'Vardenis': ABSENT, 'Sotk': ABSENT}),
    ('Azerbaijan set up a new post at Sugovushan on the road from Tartar to Martakert.',
     {'Madagiz': K, 'Tartar': ABSENT, 'Martakert': ABSENT}),
    ('A new checkpoint was set up at Aygepar on the Berd–Chinari road.',
     {'Aygepar': K, 'Berd': ABSENT, 'Chinari': ABSENT}),
    ('Troops opened a checkpoint at Askeran on the road from Stepanakert to Aghdam.',
     {'Askeran': K, 'Stepanakert': ABSENT, 'Aghdam': ABSENT}),
    ('Border guards set up a post at Sadarak on the Sharur-Yeraskh road.', {'Sadarak': K, 'Sharur': ABSENT}),
    ('A checkpoint was opened at Noyemberyan on the road from Ijevan to Noyemberyan.',
     {'Noyemberyan': K, 'Ijevan': ABSENT}),
    ('Troops set up a checkpoint on the Ijevan–Berd road at Berd.', {'Berd': K, 'Ijevan': ABSENT}),
    ('A checkpoint was installed at Shusha on the road from Lachin to Stepanakert.',
     {'Shusha': K, 'Lachin': ABSENT, 'Stepanakert': ABSENT}),
    # travelled or closed journeys stay corridors
    ('Buses drove from Vardenis to Sotk on Monday.', {'Sotk': C}),
    ('A convoy of aid lorries travelled from Ijevan to Noyemberyan.', {'Noyemberyan': C}),
    ('The road between Tartar and Barda was reopened to traffic on Friday.', {'Tartar': C, 'Barda': C}),
    ('The highway between Ganja and Tovuz was closed after the shelling.', {'Ganja': C, 'Tovuz': C}),
    ('Traffic between Jermuk and Vayk was halted by an avalanche.', {'Jermuk': C, 'Vayk': C}),
    ('A Red Cross convoy drove between Aghdam and Askeran on Monday.', {'Aghdam': C, 'Askeran': C}),
    # more wordings of the shapes above
    ('Sniper fire hit a lorry driving between Ijevan and Berd on Wednesday.', {'Ijevan': S, 'Berd': S}),
    ('The highway between Tartar and Barda came under rocket fire on 4 October 2020.', {'Tartar': S, 'Barda': S}),
    ('A truck heading from Sisian to Jermuk was shot at near Gorayk.',
     {'Gorayk': S, 'Sisian': ABSENT, 'Jermuk': ABSENT}),
    ('The lorries from Julfa to Ordubad were fired on by border guards.', {'Julfa': ABSENT, 'Ordubad': ABSENT}),
    ('A police post was opened at Baghanis on the Ijevan-Noyemberyan road.',
     {'Baghanis': K, 'Ijevan': ABSENT, 'Noyemberyan': ABSENT}),
    ('Guards set up a checkpoint on the road from Vardenis to Sotk at Sotk.', {'Sotk': K, 'Vardenis': ABSENT}),
    ('The road between Vardenis and Sotk was blocked near Kut on Friday.',
     {'Kut': K, 'Vardenis': ABSENT, 'Sotk': ABSENT}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_events_on_a_road_named_between_or_travelled_from_its_towns(text, expected, gazetteer):
    found = layers(text, gazetteer)
    assert {place: found.get(place) for place in expected} == expected
