"""Sentences where the r73l2 rules misfired: troops that "were closing in on", "began to close in on", "had drawn
near to", "moved closer to" or "came closer to" a village made no advance (the "closing" form was never looked at);
troops that "never came close to", "did not come close to", "failed to come close to" or "have not approached" a
village, and soldiers "banned from approaching", "held back from approaching" or that snow "prevented approaching"
it, made one; soldiers in a village who "came close to rioting", "came close to mutiny", "came close to tears" or
"came close to a deal" advanced on it; and the head of a village who said shells "could hit" houses, "would hit" them
if talks failed, that it was unclear "whether" shells had hit houses, that shells had hit "no houses", or that shells
had hit houses "in a neighbouring village" told of fire at his own village."""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(1993, 8, 2))


@pytest.mark.parametrize("text", [
    "Armenian troops were closing in on Kirants on Tuesday.",
    "The ministry said Armenian troops began to close in on Kirants.",
    "Azerbaijani tanks had drawn near to Aygepar by dawn.",
    "Armenian units moved closer to Kirants overnight.",
    "Armenian units came closer to Kirants overnight.",
])
def test_every_form_of_coming_close_is_an_advance(gazetteer, text):
    place = "Kirants" if "Kirants" in text else "Aygepar"
    assert layers(text, gazetteer).get(place) == "shelling"


@pytest.mark.parametrize("text", [
    "Azerbaijani troops never came close to Aygepar, the ministry said.",
    "Azerbaijani troops did not come close to Aygepar, the ministry said.",
    "Azerbaijani troops failed to come close to Aygepar, the ministry said.",
    "Azerbaijani troops have not approached Aygepar, the ministry said.",
    "Officials banned soldiers from approaching Aygepar during the vote.",
    "The rain held the tanks back from approaching Aygepar.",
    "Heavy snow prevented the troops approaching Aygepar for a week.",
])
def test_troops_that_did_not_or_could_not_come_close_made_no_advance(gazetteer, text):
    assert layers(text, gazetteer).get("Aygepar") == "other"


@pytest.mark.parametrize("text", [
    "Soldiers in Aygepar came close to rioting over unpaid wages.",
    "Troops in Aygepar came close to mutiny over pay, the paper said.",
    "The soldiers came close to tears as they left Aygepar.",
    "The troops came close to a deal with the farmers of Aygepar.",
])
def test_what_troops_came_close_to_doing_is_no_advance(gazetteer, text):
    assert layers(text, gazetteer).get("Aygepar") == "other"


def test_troops_that_not_only_approached_a_village_advanced_on_it(gazetteer):
    text = "Armenian troops not only approached Aygepar but entered it."
    assert layers(text, gazetteer).get("Aygepar") == "shelling"


@pytest.mark.parametrize("said", [
    "said he feared shells could hit the houses again",
    "said shells would hit the houses if talks failed",
    "said it was unclear whether shells had hit houses",
    "said shells had hit no houses this year",
    "said shells had hit two houses in a neighbouring village",
])
def test_village_head_who_tells_of_no_fire_at_his_village(gazetteer, said):
    text = f"The head of Berdavan, Karen Mkrtchyan, walked past the church and {said}."
    assert layers(text, gazetteer).get("Berdavan") == "other"


def test_village_head_who_says_shells_hit_houses_still_tells_of_fire_there(gazetteer):
    text = "The head of Berdavan, Karen Mkrtchyan, walked past the church and said shells had hit two houses."
    assert layers(text, gazetteer).get("Berdavan") == "shelling"
