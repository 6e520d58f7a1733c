"""Places that only describe someone or something: a birthplace ("a native of X", "who hails from X") and a sports
club named after its town ("football club Qarabag Agdam")."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2024, 3, 12))


def _places(text, gazetteer):
    return {name for name, _ in _rows(text, gazetteer)}


def test_a_birthplace_named_as_a_native_is_no_event(gazetteer):
    assert not _rows("The sergeant, a native of Sisian, was wounded on Tuesday.", gazetteer)
    assert not _rows("Two natives of Martuni were among the dead, the ministry said.", gazetteer)
    assert _places("A native of Vanadzor, the driver said the road to Dilijan was blocked.", gazetteer) == {"Dilijan"}
    assert _places("The engineer, who hails from Kapan, was detained at the Margara crossing.", gazetteer) \
        == {"Margara crossing"}


def test_a_resident_alone_is_still_where_it_happened(gazetteer):
    assert ("Shusha", "shelling") in _rows("A resident of Shusha was killed by mortar fire on the town.", gazetteer)


def test_a_club_named_after_its_town_is_not_the_town(gazetteer):
    assert not _rows("Football club Qarabag Agdam won on Sunday.", gazetteer)
    assert not _rows("Fans of FC Gandzasar Kapan gathered on Saturday.", gazetteer)
    assert _places("The club's old stadium in Aghdam was shelled on Sunday.", gazetteer) == {"Aghdam"}


def test_a_group_named_by_its_home_town_is_no_event_there(gazetteer):
    assert _places("Electricians from Goris were repairing the power line in Kornidzor on Monday.",
                   gazetteer) == {"Kornidzor"}
    assert _places("Families from villages around Askeran were sheltering in Stepanakert, the ombudsman said.",
                   gazetteer) == {"Stepanakert"}


def test_a_group_travelling_from_a_town_or_alone_with_it_keeps_the_town(gazetteer):
    # a journey "from A to B" is the route; a list of homes alone is where the sentence happens
    assert {"Vardenis", "Sotk"} <= _places("Buses carrying volunteers from Vardenis to Sotk left at dawn.", gazetteer)
    assert "Kapan" in _places("Refugees from Kapan and Meghri were waiting at the school on Friday.", gazetteer)
    assert "Sisian;Shinuhayr" in _places("Firefighters from Sisian were on their way to Shinuhayr to put out the "
                                         "blaze.", gazetteer)
    assert "Jermuk;Vayk" in _places("Students from Jermuk travelled by bus to Vayk for the match.", gazetteer)


def test_a_group_that_fled_or_was_moved_from_a_town_keeps_the_town(gazetteer):
    # fleeing, evacuation and return are journeys from the town as travelling is
    assert "Tegh" in _places("Villagers from Tegh fled to Goris after the shelling.", gazetteer)
    assert "Berd" in ";".join(_places("Families from Berd were evacuated to Ijevan overnight.", gazetteer))
    assert "Lachin" in _places("Refugees from Lachin returned to Goris on Sunday.", gazetteer)
