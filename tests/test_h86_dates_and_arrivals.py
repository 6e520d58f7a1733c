"""The day a record covers is no claimant ("the ministry's figures for 3 March showed"); "since the start of the
fighting" only dates what a sentence tells (people evacuated is no fire); evacuees who reached a place arrived
there, on the way out."""

from functools import partial

from tests.helpers import claimants, place_layers

layers = partial(place_layers, published="2023-03-20")


def test_the_day_a_record_covers_is_no_claimant(gazetteer):
    text = "The government's figures for 3 March showed 420 displaced people in hotels in Goris."
    who = claimants(text, gazetteer, "2023-03-20").get("Goris") or ""
    assert "March" not in who and "government" in who.lower()


def test_a_record_without_a_day_still_names_its_body(gazetteer):
    text = "The government's figures showed 420 displaced people in hotels in Goris."
    assert "government" in (claimants(text, gazetteer, "2023-03-20").get("Goris") or "").lower()


def test_evacuated_since_the_start_of_the_fighting_is_no_fire(gazetteer):
    text = ("The peacekeepers said they had evacuated about 900 civilians from the Hadrut district to their base "
            "since the start of the fighting.")
    assert "shelling" not in layers(text, gazetteer).values()


def test_fire_told_after_the_dating_phrase_is_still_fire(gazetteer):
    text = "Since the start of the fighting, shells have fallen on Tovuz every night."
    assert layers(text, gazetteer).get("Tovuz") == "shelling"


def test_evacuees_who_reached_a_place_arrived_there(gazetteer):
    text = "The agency reported that the first group of about fifty evacuees reached the reception centre in Goris on Monday."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_soldiers_who_reached_a_place_did_not_arrive_on_the_way_out(gazetteer):
    text = "The ministry said its soldiers had reached Goris on Monday."
    assert layers(text, gazetteer).get("Goris") != "corridors"
