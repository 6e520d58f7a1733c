"""Context that changes what a place name means, round 36, on sentences written for it: organisations named after
places (a club in a match result, a brand, a bank, an ensemble) are not events at the place; a later bare mention
of a name first qualified abroad keeps the foreign reading; shelling at a border town of Turkey or Iran keeps its
event, abroad.

Each line: the text, its publication day, {place: (layer, start day or None)} (a place may have several rows: one
of them must match), and places that must not be events."""

import pytest

from tests.helpers import rows

P = "2022-09-14"          # a Wednesday


def _check(text, published, expected, absent, gazetteer):
    found = rows(text, gazetteer, published)
    names = {name for r in found for name in r["place_name"].split(";")}
    for place, (layer, start) in expected.items():
        mine = [r for r in found if place in r["place_name"].split(";")]
        assert mine, (place, found)
        assert any(r["layer"] == layer and (start is None or r["start_date"] == start) for r in mine), (place, mine)
    for place in absent:
        assert place not in names, (place, found)


@pytest.mark.parametrize("text, published, expected, absent", [
    ('Gandzasar Kapan beat Urartu 2-1 in the Armenian Premier League on Sunday.', P, {}, ['Kapan', 'Gandzasar']),
    ('Ararat Yerevan drew 1-1 with Shirak Gyumri at the weekend.', P, {}, ['Yerevan', 'Gyumri']),
    ('Sales of Ararat brandy rose by ten percent last year, the company said.', P, {}, ['Ararat']),
    ('A new shipment of Ararat cognac arrived in Moscow on Tuesday.', P, {}, ['Ararat']),
    ('Ararat Bank opened a new branch in Goris on Monday.', P, {'Goris': ('other', '2022-09-12')}, ['Ararat']),
    ('The Shusha ensemble gave a concert in Baku on Tuesday evening.', P, {'Baku': ('other', '2022-09-13')},
     ['Shusha']),
    ('Azerbaijani forces shelled Jermuk on Tuesday, the Armenian Defence Ministry said.', P,
     {'Jermuk': ('shelling', '2022-09-13')}, []),
])
def test_organisation_named_after_a_place(text, published, expected, absent, gazetteer):
    _check(text, published, expected, absent, gazetteer)

