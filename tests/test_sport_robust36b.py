"""Sports sentences, round 36b, on sentences written for it: a club named by its town ("Gandzasar Kapan's coach",
"the Shirak Gyumri striker") in a sentence about the club's people, games or season is the club, not an event at the
town; a match held at a place stays news at that place (those pass without the rule too: they guard it).

Each line: the text, its publication day, {place: (layer, start day or None)} and places that must not be events."""

import pytest

from tests.helpers import check_places as _check

P = "2023-05-17"          # a Wednesday


@pytest.mark.parametrize("text, published, expected, absent", [
    ("Gandzasar Kapan's coach resigned on Monday after a run of defeats.", P, {}, ['Kapan', 'Gandzasar']),
    ("The Shirak Gyumri striker signed a new two-year contract on Tuesday.", P, {}, ['Gyumri']),
    ("Fans of Qarabağ Ağdam celebrated the title in Baku on Sunday night.", P, {'Baku': ('other', '2023-05-14')},
     ['Aghdam']),
    ("Ararat Yerevan's goalkeeper was injured in Tuesday's match.", P, {}, ['Ararat', 'Yerevan']),
    ("Alashkert Martuni signed a new goalkeeper on Monday.", P, {}, ['Alashkert', 'Martuni', 'Khojavend']),
    ("The Qarabağ Ağdam squad arrived in Baku on Sunday.", P, {'Baku': ('other', '2023-05-14')}, ['Aghdam']),
])
def test_a_club_named_by_its_town_is_not_the_town(text, published, expected, absent, gazetteer):
    _check(text, published, expected, absent, gazetteer)


@pytest.mark.parametrize("text, published, expected, absent", [
    ("The league match in Ganja was postponed after shelling on Sunday.", P, {'Ganja': ('other', '2023-05-14')}, []),
    ("Shells landed near the stadium in Tartar during the match on Saturday, fans said.", P,
     {'Tartar': ('shelling', '2023-05-13')}, []),
    ("On Sunday Ganja was shelled during a league match, the club's coach said.", P,
     {'Ganja': ('shelling', '2023-05-14')}, []),
    ("Azerbaijani Ganja was shelled while the squad trained on Monday, the coach said.", P,
     {'Ganja': ('shelling', '2023-05-15')}, []),
    ("Artillery shelled Goris on Tuesday; the coach of the town's youth team was wounded.", P,
     {'Goris': ('shelling', '2023-05-16')}, []),
])
def test_a_match_or_stadium_at_a_place_stays_there(text, published, expected, absent, gazetteer):
    _check(text, published, expected, absent, gazetteer)
