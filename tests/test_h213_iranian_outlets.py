"""Iranian outlets written by their own names (the broadcaster Pars Today, the agency Iran Press, the daily Tehran
Times, "the Mehr agency") are the Iranian media of the actor table, as IRNA and Press TV are; a person quoted by
one of them still claims in his own name."""

import datetime as dt

import pytest

from geo.extract import normalise_actor
from tests.helpers import claimant_of

DAY = dt.date(2020, 10, 20)


@pytest.mark.parametrize("name", ["Pars Today", "Iran Press", "Tehran Times", "Mehr agency"])
def test_outlet_is_iranian_media(name):
    assert normalise_actor(name) == "Iranian media"


@pytest.mark.parametrize("text", [
    "The Iranian broadcaster Pars Today reported that two shells had fallen in Poldasht on Monday.",
    "Iranian villagers saw the wreck, and the Tehran Times wrote that a drone had come down near Poldasht on Monday.",
])
def test_outlet_claims_as_iranian_media(gazetteer, text):
    assert claimant_of("Poldasht", text, gazetteer, DAY) == "Iranian media"


def test_unlisted_name_near_the_outlet_is_not_read_as_it():
    assert normalise_actor("Pars Bank") != "Iranian media"
