"""A village named by two words each of which spells another place, the two far apart ("Gobu Dilagarda", by
Fuzuli): the first word is the name's first part, not the far town it spells alone. Two places listed apart, or a
first word the project curates, stay."""

import pytest

from tests.helpers import place_layers


def test_a_far_first_word_is_no_place_of_its_own(gazetteer):
    found = place_layers("In the Fuzuli district the army took Qobu Dilagharda and Asgarli.", gazetteer)
    assert "Gobu" not in found and "Qobu" not in found
    assert "Dilagarda" in found


def test_the_same_in_a_list_of_spellings(gazetteer):
    found = place_layers("The agency listed Gobu Dilagarda and Yuxari Yaglivend as retaken.", gazetteer)
    assert "Gobu" not in found


@pytest.mark.parametrize("text, places", [
    # listed apart with "and" or commas: two places
    ("Shells fell on Gobu and Dilagarda.", {"Gobu", "Dilagarda"}),
    ("Troops took Gobu, Dilagarda and Horadiz.", {"Gobu", "Dilagarda", "Horadiz"}),
    # two near places written side by side are not joined by this rule
    ("Shells fell on Fuzuli Horadiz overnight.", {"Horadiz"}),
])
def test_places_listed_apart_stay(gazetteer, text, places):
    assert places <= set(place_layers(text, gazetteer))


def test_a_dashed_pair_is_a_road_between_two_places(gazetteer):
    # one word joined by a hyphen: a road's two ends, far apart, both kept
    found = place_layers("Buses now run on the Gobu-Fuzuli road.", gazetteer)
    assert found.get("Gobu;Fuzuli") == "corridors"
