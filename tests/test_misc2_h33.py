"""Small general faults found while reading a set about Syunik's roads and airport and the district across the
line: each a phrasing, tested on sentences written for these tests."""

import pytest

from geo.extract.glosses import Gloss, glosses, names_sentence
from tests.helpers import claimants, place_layers


# -- a note giving a place's other names, its own form in brackets, is no event there --------------------------

@pytest.mark.parametrize("sentence", [
    "Translator's note: Zangilan (Zəngilan) is the town the Russian-language press writes as Zangelan and Armenian "
    "sources call Kovsakan.",
    "Editor's note: Lachin (Laçın) is the town Armenian reports call Berdzor.",
    "Fizuli (Füzuli) is the city that older maps spell Varanda.",
])
def test_bracketed_name_note_is_a_names_sentence(sentence):
    assert names_sentence(sentence)


def test_bracketed_form_is_dropped_from_the_gloss():
    assert glosses("Editor's note: Martuni (Xocavənd) is the town Azerbaijani statements call Khojavend.") == [
        Gloss("Martuni", "Khojavend")]


def test_name_note_adds_no_town_to_a_district_event(gazetteer):
    text = ("A landmine exploded in the Zangilan district on Tuesday, injuring a deminer, the agency said.\n\n"
            "Translator's note: Zangilan (Zəngilan) is the town the Russian-language press writes as Zangelan and "
            "Armenian sources call Kovsakan.")
    assert set(place_layers(text, gazetteer)) == {"Zangilan District"}


# -- a fund or foundation named after a province is no event there ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The bank, which owns a third of the carrier through the Tavush fund, has not commented.",
    "A grant from the Lori development foundation paid for the new roof.",
])
def test_fund_named_after_a_place_is_no_event(text, gazetteer):
    assert place_layers(text, gazetteer) == {}


def test_place_before_other_words_still_counts(gazetteer):
    assert "Tavush Province" in place_layers("Shells hit Tavush on Monday and a fund was set up for the victims.",
                                             gazetteer)


# -- a town's ring road or bypass names the town, a road at it rather than a route ------------------------------

@pytest.mark.parametrize("text, place", [
    ("Our lorry turned back at the Kapan ring road and we left the flour at the church hall.", "Kapan"),
    ("Police closed the Vayk bypass after the crash.", "Vayk"),
])
def test_ring_road_or_bypass_names_the_town(text, place, gazetteer):
    assert place_layers(text, gazetteer).get(place) == "other"


def test_river_after_the_still_no_village(gazetteer):
    assert place_layers("Fishermen waited near the Araks.", gazetteer) == {}


# -- "his office said" after a clause opened by a capitalised common word names no person of that word ----------

@pytest.mark.parametrize("text, place", [
    ("Last week shells fell near Tegh, his office said.", "Tegh"),
    ("Earlier gunfire hit Khnatsakh, his office said.", "Khnatsakh"),
    ("Yesterday troops fired at Sotk, his office reported.", "Sotk"),
])
def test_opening_word_is_no_person_of_his_office(text, place, gazetteer):
    assert "'s office" not in claimants(text, gazetteer)[place]


def test_named_person_keeps_his_office(gazetteer):
    assert claimants("Kocharyan returned to Goris on Monday, his office said.", gazetteer)["Goris"] == \
        "Kocharyan's office"
