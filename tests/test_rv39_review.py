"""Fire on a province's villages as a whole, and the speaker's list of places, in wordings other than the sets they
were written from.

A province is kept where fire on its villages is told ("came under heavy fire", "the shelling of the villages of X"),
not where the villages are named right after it ("namely X and Y", "— X, Y —"), nor where another verb takes them
("the shelling of X forced the villages of Y to leave"), nor where they are the subject of a clause of their own told
of something else ("Troops hit X and the villages of Y were evacuated"). Places "he named" are his list only when the
sentence gives the list; people who came in talking of a shelling are its tellers.
"""

import datetime as dt

import pytest

from geo.extract import extract_text
from tests.helpers import claimants

DAY = dt.date(2024, 5, 14)


def names(text):
    return {(c["place_name"], c["layer"]) for c in extract_text(text, DAY)}


@pytest.mark.parametrize("text, province", [
    ("The villages of Syunik came under heavy fire on Monday night, and a shepherd was wounded near Goris.",
     "Syunik Province"),
    ("The villages of Tavush province have come under repeated fire, and a roof in Berdavan was holed.",
     "Tavush Province"),
    ("The shelling of the villages of Tavush resumed on Monday, with a house in Berdavan damaged.",
     "Tavush Province"),
])
def test_fire_on_the_villages_keeps_the_province(text, province):
    assert (province, "shelling") in names(text)


@pytest.mark.parametrize("text", [
    "Troops fired on the villages of Tavush, namely Berdavan and Koti, on Monday.",
    "Troops fired on the villages of Tavush, specifically Berdavan and Koti, on Monday.",
    "Troops fired on the villages of Tavush province — Berdavan, Koti and Baghanis — on Monday.",
    "Troops hit Berdavan and the villages of Tavush were evacuated.",
    "Troops shelled Berdavan and the villages of Tavush province were left without power.",
    "The shelling of Berdavan forced the villages of Tavush to evacuate.",
    "The shelling of Berdavan terrified the villages of Tavush province.",
    "The shelling of Berdavan frightened the villages of Tavush, which were not hit.",
])
def test_no_province_where_its_villages_are_named_or_not_fired_on(text):
    found = names(text)
    assert "Tavush Province" not in {name for name, _ in found}, found
    assert ("Berdavan", "shelling") in found


def test_villages_fired_on_in_a_clause_of_their_own_keep_the_province():
    found = names("Troops fired on Berdavan, and the villages of Tavush were also shelled.")
    assert ("Tavush Province", "shelling") in found


LIST_TOLD = ("Yesterday the Azerbaijani defence minister announced that the town of Fuzuli had been taken, together "
             "with a long list of villages in three districts.\n")


@pytest.mark.parametrize("text", [
    "Horadiz and Alkhanli were among the villages that he mentioned.",
    "The villages they named were Horadiz and Alkhanli.",
    "The villages he listed included Horadiz and Alkhanli.",
])
def test_the_list_he_gave_is_his(gazetteer, text):
    assert claimants(LIST_TOLD + text, gazetteer)["Horadiz"] == "Azerbaijani MoD"


@pytest.mark.parametrize("text", [
    "Reporters who reached Horadiz found the villages he named empty.",
    "Among the villages he named, reporters visited Horadiz on Monday.",
    "The places he named were later shelled, and a school in Horadiz was hit.",
])
def test_what_others_did_in_the_places_he_named_is_no_list_of_his(gazetteer, text):
    assert claimants(LIST_TOLD + text, gazetteer)["Horadiz"] != "Azerbaijani MoD"


def test_refugees_who_arrived_talking_of_a_shelling_tell_it(gazetteer):
    found = claimants("Refugees arrived in Barda on Sunday still talking about the shelling of Tartar.", gazetteer)
    assert found["Tartar"] == "residents (refugees)", found


def test_the_list_he_named_yesterday_in_a_district_is_his(gazetteer):
    found = claimants(LIST_TOLD + "Among the places he named yesterday in the Fuzuli district were Horadiz and "
                      "Alkhanli.", gazetteer)
    assert found["Alkhanli"] == "Azerbaijani MoD", found


def test_villages_named_after_a_word_of_time_leave_the_province():
    found = names("Azerbaijani troops shelled several border villages of Tavush province on Monday, among them "
                  "Berdavan, the ministry said.")
    assert "Tavush Province" not in {name for name, _ in found}, found
    assert ("Berdavan", "shelling") in found
