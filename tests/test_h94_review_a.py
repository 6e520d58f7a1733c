"""Review of the heldout94 place rules: a thing named after a town is no event there; villages unnamed that
belonged to a district keep the district; a corridor the area was part of keeps its place; a "pattern" is a carpet's
only in a sentence of weaving."""
import datetime

import pytest

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

DAY = datetime.date(2020, 10, 20)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def found(text, gazetteer):
    return {(name, c["layer"]) for c in extract_text(text, DAY, gazetteer) for name in c["place_name"].split(";")}


def names(text, gazetteer):
    return {name for name, _ in found(text, gazetteer)}


@pytest.mark.parametrize("text, town", [
    ("The new ferry will be named Lachin, the shipping company said on Monday.", "Lachin"),
    ("In March the ship was renamed Shusha at a ceremony in the port.", "Shusha"),
])
def test_a_thing_named_after_a_town_is_no_event(gazetteer, text, town):
    assert not any(town in n for n in names(text, gazetteer))


def test_a_village_renamed_after_the_shelling_keeps_its_new_name(gazetteer):
    assert names("The village was renamed Sugovushan after it was shelled on Monday.", gazetteer)


def test_a_village_given_its_old_name_again_is_kept(gazetteer):
    text = ("The same evening Aliyev wrote that the village would carry its old name again and would be called "
            "Sugovushan from that day.")
    assert names(text, gazetteer)


@pytest.mark.parametrize("text, district", [
    ("Villages that belonged to the Aghdam district were shelled on Monday.", "Aghdam"),
    ("Shells hit the villages that had belonged to the Tartar region on Monday.", "Tartar"),
])
def test_unnamed_villages_keep_their_district(gazetteer, text, district):
    assert any(district in n and layer == "shelling" for n, layer in found(text, gazetteer))


def test_a_named_village_that_belonged_to_a_district_drops_the_district(gazetteer):
    text = "The village of Talish, which had belonged to the Martakert district, was shelled on Monday."
    assert not any("Martakert" in n for n in names(text, gazetteer))


def test_part_of_the_corridor_keeps_the_corridor(gazetteer):
    text = "Russian peacekeepers said the area was part of the Lachin corridor on Monday."
    assert any("Lachin" in n and layer == "corridors" for n, layer in found(text, gazetteer))


def test_a_pattern_of_shelling_without_weaving_keeps_the_town(gazetteer):
    text = "Shelling followed the Tartar pattern: rockets hit the town at night on Monday."
    assert any("Tartar" in n and layer == "shelling" for n, layer in found(text, gazetteer))


def test_a_carpet_pattern_is_still_a_product(gazetteer):
    assert not any("Shusha" in n for n in names("The Shusha pattern carpet was sold in Baku on Monday.", gazetteer))
