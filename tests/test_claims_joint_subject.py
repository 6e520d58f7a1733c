"""A subject of two bodies or officials joined by "and": two sides' speakers give a row each, never one merged
label; one side's pair stays that side's one claim; an adverb after the subject ("both", "each", "jointly",
"also") is no part of the speaker."""

import pytest

from tests.helpers import all_claimants


@pytest.mark.parametrize("text, place, expected", [
    ("The Armenian ministry and the Azerbaijani ministry each said Lachin was quiet overnight.",
     "Lachin", ["Armenian ministry", "Azerbaijani ministry"]),
    ("The Armenian Defence Ministry and the Azerbaijani Foreign Ministry both said shells landed near Jermuk.",
     "Jermuk", ["Armenian MoD", "Azerbaijani government (Foreign Ministry)"]),
    ("Azerbaijani Defence Minister Zakir Hasanov and Armenian Defence Minister Suren Papikyan said Kalbajar "
     "was calm.", "Kalbajar", ["Armenian MoD", "Azerbaijani MoD"]),
])
def test_two_sides_joined_by_and_give_each_side_its_own_row(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == expected


@pytest.mark.parametrize("text, place, expected", [
    ("The Armenian Defence Ministry and the Armenian Foreign Ministry jointly said mortars hit Sotk.",
     "Sotk", ["Armenian MoD"]),
    ("The Azerbaijani ministry also said the road past Fuzuli was open.", "Fuzuli", ["Azerbaijani ministry"]),
])
def test_one_side_s_speaker_takes_no_adverb_and_stays_one_claim(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == expected
