"""Claimants of wordings written for this test: a speaker's aside asking for anonymity, a side's MP named after
a comma, a quotation whose author the next sentence names, a closing "X said" over a speaker it relays, a
reporter's own sight or hearing, and two speakers of one side joined by "and"."""

import pytest

from tests.helpers import all_claimants


@pytest.mark.parametrize("text, place, expected", [
    # an aside asking for anonymity is no request of the speaker's: the speaker is who says it
    ("A resident of Vardenis, who asked not to be named, said shells had fallen near Vardenis.",
     "Vardenis", "residents (Vardenis resident)"),
    ("A villager of Berdavan, who asked that his name be withheld, told reporters drones had circled Berdavan.",
     "Berdavan", "residents (Berdavan resident)"),
    ("An elderly woman in Tovuz, who asked for anonymity, said the firing had stopped at dawn.",
     "Tovuz", "residents"),
    # a side's MP named after a comma speaks as the parliament, his name in brackets, as without the comma
    ("An Azerbaijani MP, Elnur Mammadli, said Armenian units had shelled Gadabay.",
     "Gadabay", "Azerbaijani parliament (Elnur Mammadli)"),
    ("An Armenian lawmaker, Vahe Sargsyan, told journalists that drones had flown over Sisian.",
     "Sisian", "Armenian parliament (Vahe Sargsyan)"),
    ("Drones flew over Ijevan, according to an Armenian MP, Karen Hovhannisyan.",
     "Ijevan", "Armenian parliament (Karen Hovhannisyan)"),
    # a title of no parliament before a comma still gives the person named
    ("The village head, Armen Petrosyan, said Azerbaijani troops had fired on Sotk.", "Sotk", "Armen Petrosyan"),
    # a quotation whose author the next sentence names
    ('"They shelled the clinic in Tegh." That was the account of the village head, Armen Petrosyan.',
     "Tegh", "Armen Petrosyan"),
    ('“Drones flew over Sisian all night.” Those were the words of an Armenian MP, Vahe Sargsyan.',
     "Sisian", "Armenian parliament (Vahe Sargsyan)"),
    ('“Nobody slept in Goris that night.” Such was the account of a resident of Goris.', "Goris",
     "residents (Goris resident)"),
    # the outermost speaker claims what it relays
    ("Peacekeepers reported that shots were fired near Askeran, the Russian Defence Ministry said on Monday.",
     "Askeran", "Russian MoD"),
    ("Border guards said a drone had crossed near Astara, the Azerbaijani State Border Service said.",
     "Astara", "Azerbaijani government (State Border Service)"),
    # a reporter's own sight or hearing is his outlet's account
    ("A Reuters reporter heard explosions near Goris.", "Goris", "Reuters reporter"),
    ("An AFP correspondent in the town saw smoke rising over Tartar.", "Tartar", "AFP"),   # (the table's, as AP is)
    # two speakers of one side joined by "and": one claim, the first named's
    ("Pashinyan and Mirzoyan both said Azerbaijani troops had fired on Jermuk.", "Jermuk",
     "Armenian PM (Nikol Pashinyan)"),
    ("Aliyev and Bayramov said Armenian forces had fired on Tovuz.", "Tovuz", "Azerbaijani presidency (Ilham Aliyev)"),
    ("The foreign minister and the defence minister of Azerbaijan said Armenian forces had fired on Gadabay.",
     "Gadabay", "Azerbaijani government (Foreign Ministry)"),
    ("Armenia's foreign minister and defence minister said Azerbaijani troops had fired on Ijevan.", "Ijevan",
     "Armenian government (Foreign Ministry)"),
])
def test_each_wording_gives_its_claimant(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


def test_a_closing_added_still_leaves_the_words_to_the_speaker_before(gazetteer):
    text = "Hikmet Hajiyev said shells had landed near Tartar overnight, the agency added."
    assert all_claimants(text, gazetteer)["Tartar"] == ["Azerbaijani presidential aide (Hikmet Hajiyev)"]


def test_two_sides_joined_by_and_stay_two_claims(gazetteer):
    text = "Mirzoyan and Bayramov both said the talks on Tegh had gone well."
    assert all_claimants(text, gazetteer)["Tegh"] == ["Armenian government (Foreign Ministry)",
                                                      "Azerbaijani government (Foreign Ministry)"]


def test_a_title_of_two_fields_is_one_speaker(gazetteer):
    text = ("Armenian Minister of Education and Science Zhanna Andreasyan said a school in Vayk had reopened.")
    assert all_claimants(text, gazetteer)["Vayk"] == ["Armenian Minister of Education and Science Zhanna Andreasyan"]
