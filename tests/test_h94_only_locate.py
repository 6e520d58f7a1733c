"""heldout94 reading: a district a place's land once belonged to only locates; a carpet's "the X pattern" is no
place; a village's new name is kept when it is the sentence's only place; a mayor's words naming "the town" again
as a lower-case phrase ("the whole population of the town had left") tell of the mayor's town."""
import datetime

import pytest

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

DAY = datetime.date(2021, 5, 4)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def places(text, gazetteer):
    return {name for c in extract_text(text, DAY, gazetteer) for name in c["place_name"].split(";")}


def test_district_the_land_belonged_to_only_locates(gazetteer):
    text = ("On Monday the families of Nor Karmiravan were told to move out within two days, because the land "
            "had belonged to the Fuzuli district in Soviet times.")
    found = places(text, gazetteer)
    assert "Papravend" in found and not any("Fuzuli" in n for n in found), found
    text = "The official said the hamlets were being cleared because the area had belonged to the Lachin region."
    assert not any("Lachin" in n for n in places(text, gazetteer))


def test_district_shelled_is_still_a_place(gazetteer):
    found = places("Artillery shells hit several houses in the Fuzuli district on Monday.", gazetteer)
    assert any("Fuzuli" in n for n in found), found


def test_a_carpet_pattern_is_no_place(gazetteer):
    assert places("The Goris pattern that buyers asked for will be woven again this winter.", gazetteer) == set()


def test_a_pattern_of_fire_keeps_its_town(gazetteer):
    found = places("Shells fell on Tartar again overnight, the same Tartar pattern of night fire as last week.",
                   gazetteer)
    assert "Tartar" in found, found


def test_new_name_alone_in_its_sentence_is_the_place(gazetteer):
    found = places("That night the president wrote that the village would be called Sugovushan from then on.",
                   gazetteer)
    assert found, found


def test_new_name_beside_the_old_one_is_no_second_place(gazetteer):
    found = places('"From now on this village will be called Chinarli," the president said of Tegh.', gazetteer)
    assert "Chinarli" not in found, found


def test_mayor_telling_of_the_town_by_its_kind(gazetteer):
    text = ("Askeran's mayor, Arman Petrosyan, told reporters that the whole population of the town had left "
            "for Goris in a long line of cars.")
    assert "Askeran" in places(text, gazetteer)


def test_mayor_naming_another_town_keeps_only_the_post(gazetteer):
    text = "Askeran's mayor, Arman Petrosyan, told reporters that the town of Goris was full of families."
    assert "Askeran" not in places(text, gazetteer)
