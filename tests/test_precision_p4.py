"""Places that only say where a thing has come from, fourth round: "the new strings have arrived from X", "the cork
lining comes from Y", "a full set takes a month to come from Z". The older sets annotate none of the towns things
come from; people, vehicles or fire that came keep the place, and so does news told of the town."""

import pytest

from tests.helpers import rows


def places(text, gazetteer, published="2024-05-02"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


NO_PLACE = [
    pytest.param("The new bellows for the small organ have arrived from Gyumri and will be fitted on Friday.",
                 id="a_part_has_arrived"),
    pytest.param("Please be patient with the winter coats, because the quilted lining comes from Sheki.",
                 id="a_material_comes"),
    pytest.param("Reading glasses take a fortnight, because the tinted lenses come up from Yerevan.",
                 id="a_thing_comes_up_from"),
    pytest.param("The glazing putty has not come from Baku yet, so the frames wait in the back room.",
                 id="a_thing_not_yet_come"),
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_where_a_thing_comes_from_is_no_place(text, gazetteer):
    assert places(text, gazetteer) == set()


KEPT = [
    pytest.param("Shells have arrived from Goris overnight and hit two houses in Tegh.", "Tegh",
                 id="fire_at_the_town_kept"),
    pytest.param("Two shells hit Gyumri on Friday, and the new bellows arrived from Ijevan the same day.", "Gyumri",
                 id="shelling_of_a_town_beside_a_delivery"),
    pytest.param("The road to Goris was closed on Monday, the police said.", "Goris",
                 id="a_road_closed_there"),
    pytest.param("The first groups of returnees arrived from Baku on Monday, the committee said.", "Baku",
                 id="people_who_arrived_are_no_thing"),
]


@pytest.mark.parametrize("text,name", KEPT)
def test_the_towns_news_is_kept(text, name, gazetteer):
    assert name in places(text, gazetteer)


KIN_FROM = [
    pytest.param("Several of our members have relatives from the Tartar district, so the notices are mostly theirs.",
                 id="members_with_kin_from_a_district"),
    pytest.param("Many of our readers have family from the Kalbajar villages, and they write to us each week.",
                 id="readers_with_family_from_villages"),
]


@pytest.mark.parametrize("text", KIN_FROM)
def test_where_the_writers_people_have_kin_from_is_no_place(text, gazetteer):
    assert places(text, gazetteer) == set()


def test_kin_from_a_town_under_fire_keeps_it(gazetteer):
    text = "Two of our members have relatives from Tartar, which was shelled again overnight."
    assert "Tartar" in places(text, gazetteer)


AREA_HOME = [
    pytest.param("Our choir has taken in two children from the Kalbajar district, and both sing in the altos.",
                 id="children_from_a_district"),
    pytest.param("The carpenter is making a table for a family from the Martakert region this week.",
                 id="a_family_from_a_region"),
    pytest.param("Any family that has come from the Lachin district may borrow books without a card.",
                 id="a_family_come_from_a_district"),
    pytest.param("Two of our new dancers are girls from the villages of the Aghdam district.",
                 id="girls_from_the_villages_of_a_district"),
]


@pytest.mark.parametrize("text", AREA_HOME)
def test_the_district_people_come_from_is_no_place(text, gazetteer):
    assert places(text, gazetteer) == set()


def test_people_who_fled_a_district_keep_it(gazetteer):
    text = "Families from the Tartar district have fled to Barda since the shelling began."
    assert places(text, gazetteer) & {"Tartar", "Tartar District"}
