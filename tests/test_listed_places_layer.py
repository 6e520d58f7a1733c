"""Places listed with commas share what governs the first of them: in "killed in A, B and C" the killing is
at all three, although the commas keep the verb from reaching B and C directly."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2021, 3, 1))


def test_every_place_of_a_comma_list_after_a_killing_is_its_scene(gazetteer):
    found = layers("Her two brothers were killed in Tartar, Barda and Goranboy during the war.", gazetteer)
    assert found == {"Tartar": "shelling", "Barda": "shelling", "Goranboy": "shelling"}, found


def test_a_listed_place_with_its_own_cue_keeps_it(gazetteer):
    found = layers("Rockets hit Tartar, and a checkpoint was set up at Barda.", gazetteer)
    assert found.get("Tartar") == "shelling" and found.get("Barda") != "shelling", found


def test_a_place_after_a_pair_and_a_comma_starts_its_own_clause(gazetteer):
    found = layers("After shells hit Hadrut and Martuni, Fuzuli held a quiet festival.", gazetteer)
    assert found.get("Hadrut") == "shelling" and found.get("Fuzuli") == "other", found
