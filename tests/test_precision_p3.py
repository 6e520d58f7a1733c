"""Places that only say who the writer's own people are, third round: where a club's or a shop's people come from
("Two of our drivers come from the villages of the X district"), and where some of them have kin ("Several members
have relatives in the Y district"). The older sets leave such homes unannotated; fire, harm or a flight told of the
home keeps it."""

import pytest

from tests.helpers import rows


def places(text, gazetteer, published="2024-05-02"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


NO_PLACE = [
    pytest.param("Two of our bakers come from the villages of the Tartar district, and both will work on Saturday.",
                 id="own_people_come_from_a_district"),
    pytest.param("One of our drivers comes from a family of the Aghdam district, so he knows the roads well.",
                 id="one_of_ours_comes_from_a_family_of_a_district"),
    pytest.param("Several of our pupils come to us from the villages near Martuni, and the bus is late again.",
                 id="own_people_come_to_us_from_villages_near_a_town"),
    pytest.param("Our regular pupils come from the villages near Goris, and they bring cakes each week.",
                 id="our_people_come_from_a_town"),
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_where_the_writers_people_come_from_is_no_place(text, gazetteer):
    assert places(text, gazetteer) == set()


KEPT = [
    pytest.param("Two of our bakers come from Tartar, which was shelled again on Sunday night.", "Tartar",
                 id="shelling_told_of_the_home"),
    pytest.param("Two of our bakers fled from Tartar when the shelling began on Sunday.", "Tartar",
                 id="a_flight_from_the_town"),
    pytest.param("Shells fell on Martuni overnight, the ministry said, and two houses burned.", "Khojavend",
                 id="fire_at_the_town"),
]


@pytest.mark.parametrize("text,name", KEPT)
def test_the_homes_news_keeps_it(text, name, gazetteer):
    assert name in places(text, gazetteer)


KIN = [
    pytest.param("Several members have relatives in the Tartar district and have asked for news.",
                 id="members_with_kin_in_a_district"),
    pytest.param("Many customers have family in Barda, so we will pin the bus times here.",
                 id="customers_with_family_in_a_town"),
]


@pytest.mark.parametrize("text", KIN)
def test_where_a_clubs_people_have_kin_is_no_place(text, gazetteer):
    assert places(text, gazetteer) == set()


def test_kin_in_a_town_under_fire_keeps_it(gazetteer):
    assert "Barda" in places("Several members have relatives in Barda, where rockets hit four houses on Sunday.",
                             gazetteer)


def test_a_bare_town_told_in_the_present_is_left_to_other_rules(gazetteer):
    # (a town named bare may be named for its news elsewhere in the article: this rule leaves it)
    assert "Tartar" in places("Two of our bakers come from Tartar, and the shop misses them this week.", gazetteer)
