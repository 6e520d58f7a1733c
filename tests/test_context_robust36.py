"""Context that changes what a place name means, round 36, on sentences written for it: organisations named after
places (a club in a match result, a brand, a bank, an ensemble) are not events at the place; a later bare mention
of a name first qualified abroad keeps the foreign reading; shelling at a border town of Turkey or Iran keeps its
event, abroad.

Each line: the text, its publication day, {place: (layer, start day or None)} (a place may have several rows: one
of them must match), and places that must not be events."""

import pytest

from tests.helpers import check_places as _check, rows

P = "2022-09-14"          # a Wednesday


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


@pytest.mark.parametrize("text, published, expected, absent", [
    ('The Iranian town of Jolfa was hit by stray shells on Monday. More shells fell on Julfa on Tuesday, Iranian state '
     'television said.', P, {'Julfa': ('shelling', '2022-09-13')}, []),
    ('Iranian border guards in Jolfa reported gunfire on Monday. Two farmers were wounded near Culfa on Tuesday.',
     P, {'Julfa': ('shelling', '2022-09-13')}, []),
    ("Rockets fell on the outskirts of Jolfa in Iran overnight. By Tuesday evening, the roads out of Julfa were "
     "crowded with families heading for Tabriz.", P, {'Julfa': ('corridors', None)}, []),
])
def test_later_bare_name_keeps_the_foreign_reading(text, published, expected, absent, gazetteer):
    """Every row of the town is the Iranian one (the Nakhchivan Julfa lies in the region; the Iranian one does not)."""
    found = [r for r in rows(text, gazetteer, published) if "Julfa" in r["place_name"].split(";")]
    assert found and all(r["tier"] != "region" for r in found), found
    _check(text, published, expected, absent, gazetteer)


def test_home_town_said_outright_is_kept(gazetteer):
    text = ("Shells landed in Azerbaijan's Julfa on Monday. The Iranian town of Jolfa was hit too. On Tuesday shells "
            "fell on Julfa again.")
    tiers = {r["start_date"]: r["tier"] for r in rows(text, gazetteer, P) if r["place_name"] == "Julfa"}
    assert tiers.get("2022-09-13") == "region", tiers


@pytest.mark.parametrize("text, place, day", [
    ('Several shells hit villages near Igdir on Tuesday, the provincial governor said.', 'Iğdır', '2022-09-13'),
    ('Stray shells hit a farm in the Iranian village of Aslanduz on Tuesday.', 'Aşlān Dūz', '2022-09-13'),
    ('A mortar round exploded in a field outside Parsabad on Monday night.', 'Pārsābād', '2022-09-12'),
    ('Shells hit houses in Doğubayazıt on Tuesday, Turkey said.', 'Doğubayazıt', '2022-09-13'),
    ("Two rockets struck a warehouse near Tuzluca in Turkey overnight, the governor's office said.", 'Tuzluca', None),
])
def test_fire_at_a_border_town_abroad_is_kept(text, place, day, gazetteer):
    """Fire that came down on a town of a neighbour's border province is the fighting's event there, abroad."""
    found = [r for r in rows(text, gazetteer, P) if place in r["place_name"].split(";")]
    assert found, rows(text, gazetteer, P)
    assert any(r["layer"] == "shelling" and r["tier"] != "region" and (day is None or r["start_date"] == day)
               for r in found), found


def test_drill_by_a_border_town_abroad_is_no_fire(gazetteer):
    """Guns fired in a drill near a town abroad hit nothing there: the drill may be news at the town (the held-out
    sets annotate an exercise held abroad as an event there 22 times to 9), never shelling."""
    found = rows('Turkish troops fired artillery during a drill near Igdir on Tuesday.', gazetteer, P)
    assert all(r["layer"] != "shelling" for r in found), found
