"""Claimants framed by a period ("The same day", "In May of last year", "this week"), growers
counted with the residents, and a village administration's head as local officials."""

import pytest

from tests.helpers import claimants


@pytest.mark.parametrize("text, place, expected", [
    # a period opening the clause is not part of the speaker
    ("The same day Karapetyan said in Goris that the old road would stay open.", "Goris", "Karapetyan"),
    ("The same evening the Armenian Defence Ministry said shells had landed near Berd.", "Berd", "Armenian MoD"),
    ("In May of last year Arman Sargsyan, visiting Kapan, said the new tunnel would be finished soon.", "Kapan",
     "Arman Sargsyan"),
    # a period after the subject, before its verb
    ("Queues of up to ten hours at Bagratashen were reported by lorry drivers last week.", "Bagratashen",
     "residents (lorry drivers)"),
])
def test_a_period_around_the_speaker_is_not_part_of_it(gazetteer, text, place, expected):
    assert expected in claimants(text, gazetteer)[place]


@pytest.mark.parametrize("text, place", [
    ("Areni: Grape growers said the harvest had been cut short by hail this year.", "Areni"),
    ("Drivers writing to a regional weekly complained that the road through Sisian was closed again.", "Sisian"),
])
def test_growers_traders_and_drivers_who_speak_are_residents(gazetteer, text, place):
    assert any(p.endswith(place) and who.startswith("residents") for p, who in claimants(text, gazetteer).items())


def test_the_head_of_a_named_village_administration_is_local_officials(gazetteer):
    text = "The head of the Sotk village administration said two houses in Sotk had been damaged."
    assert claimants(text, gazetteer)["Sotk"] == "local officials"
