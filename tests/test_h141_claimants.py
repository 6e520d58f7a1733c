"""Claimants read from heldout141's wordings: a body named again by its head noun as the owner of an account,
prayers said (no claim), and a bishop named with his title who speaks later as "the bishop"."""

import datetime as dt

from geo.extract import extract_text
from geo.extract.claims import find_attributions

DAY = dt.date(2021, 5, 5)


def _claimants(text, place, published=DAY):
    return [e["claimed_by"] for e in extract_text(text + "\n", published) if place in e["place"].split(";")]


def _speakers(sentence):
    return [a.who for a in find_attributions(sentence)]


# --- "by the same centre's account": the centre heard before ---

def test_by_the_same_centres_account_is_the_centre_heard_before():
    text = ("The information centre in Stepanakert said Martuni was shelled on 2 May.\n"
            "On 3 May, by the same centre's account, Askeran was shelled.")
    assert _claimants(text, "Askeran") == ["Nagorno-Karabakh authorities"]


def test_by_the_services_count_is_the_service_heard_before():
    text = ("The rescue service in Stepanakert said Martuni was shelled on 2 May.\n"
            "By the service's count, Askeran was shelled on 3 May.")
    assert _claimants(text, "Askeran") == ["Nagorno-Karabakh authorities"]


def test_a_centres_account_with_no_centre_before_names_no_one():
    assert _claimants("By the centre's account, Martuni was shelled on 3 May.", "Martuni") == [""]


# --- "said their prayers", "said goodbye": no claim; the outlet that reports it is the claimant ---

def test_prayers_said_are_no_claim():
    sentence = "Yesterday a group led by Arif Mammadov said their Easter prayers at the church, Trend reports."
    assert _speakers(sentence) == ["Trend"]


def test_goodbye_said_is_no_claim():
    assert _speakers("The families said goodbye to their houses in the village.") == []


def test_a_speaker_who_said_prayers_were_held_still_claims():
    assert _speakers("The priest said prayers were held at the church despite the fire.") == ["priest"]


# --- "Bishop X ... the bishop told Y": the bishop named with his title ---

def test_the_bishop_is_the_bishop_named_in_the_sentence():
    text = "On Sunday the soldiers at Dadivank turned back Bishop Aram Petrosyan and his group, the bishop told Armenpress."
    assert _claimants(text, "Dadivank") == ["Aram Petrosyan"]


def test_the_archbishop_is_the_archbishop_named_before():
    text = "Archbishop Levon Sahakyan led the service.\nOn Sunday shells hit Askeran, the archbishop said."
    assert _claimants(text, "Askeran") == ["Levon Sahakyan"]


def test_a_bishop_never_named_is_no_other_speaker():
    text = "The defence ministry said Martuni was shelled on Sunday.\nThe bishop said Askeran was hit on Monday."
    assert _claimants(text, "Askeran") != ["MoD"]
