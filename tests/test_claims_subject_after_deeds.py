"""The speaker of a verb of saying found past what the sentence says first (sentences written for these tests): a
deed in an irregular past tense before "and promised" ("stood", "went", "met"), an opening "In the same statement"
before the ministry, and a closing "said X, the head of ..." that frames a deed's "told them to leave"."""

import pytest

from tests.helpers import all_claimants

AM = "Armenian MoD"


@pytest.mark.parametrize("text, place, expected", [
    ("On Friday the Armenian prime minister stood beside the burnt depot at Kajaran and promised that a new road "
     "would reach the town next year.", "Kajaran", "Armenian PM (Nikol Pashinyan)"),
    ("On Friday the Armenian prime minister stood beside the burnt depot, in the Syunik province, and promised "
     "that a new road would reach Kajaran.", "Kajaran", "Armenian PM (Nikol Pashinyan)"),
    ("The Armenian Defence Ministry's spokesman went to the front line near Jermuk and said the shelling of "
     "Jermuk had stopped.", "Jermuk", AM),
])
def test_a_deed_before_and_leaves_its_doer_the_speaker(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


def test_the_same_statement_opening_leaves_the_ministry_named_before(gazetteer):
    text = ("Armenian positions near Khoznavar came under mortar fire on Tuesday, the Armenian Defence Ministry "
            "said.\n"
            "In the same statement the ministry said Azerbaijani units near the lake had tried to dig new trenches "
            "towards Sotk.")
    assert all_claimants(text, gazetteer)["Sotk"] == [AM]


def test_a_closing_speaker_with_a_post_frames_the_deed_before(gazetteer):
    text = ("That morning, Azerbaijani soldiers came to the quarry at Sotk and told the drivers to go home, "
            "said Armen Hovakimyan, the head of the village council.")
    assert all_claimants(text, gazetteer)["Sotk"] == ["Armen Hovakimyan"]
