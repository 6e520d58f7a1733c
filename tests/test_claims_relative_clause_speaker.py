"""A speaker written as a post with a relative clause after it ("..., the mayor, who toured the town, said") is that
post, as "..., the mayor said" would be, never the clause the sentence opens with; a person named before the post
("X, the mayor, who ..., said") stays that person, and sentences whose claimant was already right keep it."""

import pytest

from geo.extract.claims import find_attributions
from tests.helpers import claimant_of


@pytest.mark.parametrize("sentence, speaker", [
    ("Shells hit Goris, the mayor, who toured the town, said.", "mayor"),
    ("Shells hit Goris overnight, the mayor, who toured the town on Monday, said.", "mayor"),
    ("Shells hit Kapan, the governor, who visited the market, told reporters.", "governor"),
    ("Rockets struck Sisian on Sunday, the deputy mayor, who inspected the damage, said.", "deputy mayor"),
    ("Two shells landed near Sotk, the head of the community, who asked not to be named, told reporters.",
     "head of the community"),
    ("On Monday, mortar rounds hit Vardenis, the mayor, who was at the scene, said.", "mayor"),
])
def test_post_with_a_relative_clause_is_the_speaker(sentence, speaker):
    found = find_attributions(sentence)
    assert [a.who for a in found] == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("Shells hit Goris, Arman Petrosyan, the mayor, who toured the town, said.", "Arman Petrosyan"),
    ("Arman Petrosyan, the mayor, who toured the town, said shells had hit Goris.", "Arman Petrosyan"),
    ('"We are safe," Lilit Hakobyan, the governor, who visited the market, told reporters.', "Lilit Hakobyan"),
])
def test_person_named_before_the_post_stays_the_speaker(sentence, speaker):
    assert [a.who for a in find_attributions(sentence)] == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("Shells hit Goris, the mayor said.", "mayor"),
    ("Shells hit Goris, Arman Petrosyan, the mayor, said.", "Arman Petrosyan"),
    ("Shells hit Kapan, the governor told reporters.", "governor"),
])
def test_speaker_already_read_right_is_unchanged(sentence, speaker):
    assert [a.who for a in find_attributions(sentence)] == [speaker]


def test_opening_clause_is_never_the_claimant(gazetteer):
    for text in ("Shells hit Goris, the mayor, who toured the town, said.",
                 "Shells hit Goris overnight, the mayor, who toured the town on Monday, said."):
        assert claimant_of("Goris", text, gazetteer) == claimant_of("Goris", "Shells hit Goris, the mayor said.",
                                                                     gazetteer)
    text = "Shells hit Kapan, the governor, who visited the market, told reporters."
    assert claimant_of("Kapan", text, gazetteer) == claimant_of(
        "Kapan", "Shells hit Kapan, the governor told reporters.", gazetteer)
    assert "Shells" not in claimant_of("Kapan", text, gazetteer)


def test_named_mayor_with_a_relative_clause_keeps_his_name(gazetteer):
    text = "Shells hit Goris, Arman Petrosyan, the mayor, who toured the town, said."
    assert claimant_of("Goris", text, gazetteer) == "Arman Petrosyan"


def test_plain_ministry_claim_is_unchanged(gazetteer):
    text = "Azerbaijani forces shelled Tegh, the Armenian Defence Ministry said."
    assert claimant_of("Tegh", text, gazetteer) == "Armenian MoD"
