"""A television whose name says it is one ("AzTV", "Ictimai TV", "Public Television of Armenia") is "the channel"
further on, as a radio named as such is "the radio"."""

import datetime

from geo.extract import extract_text


def _claimants(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, datetime.date(2022, 5, 4), gazetteer)}


def test_the_channel_after_a_tv_named_as_such(gazetteer):
    text = ("Two shells hit the school in Tartar on Monday, AzTV reported. "
            "Later that night a house in Barda was hit too, the channel said.")
    claimants = _claimants(text, gazetteer)
    assert claimants.get("Barda") == "Azerbaijani media"


def test_the_channel_after_a_public_television(gazetteer):
    text = ("Public Television of Armenia showed the burnt houses of Sotk on Tuesday. "
            "Shells also fell on Vardenis overnight, the channel said.")
    assert _claimants(text, gazetteer).get("Vardenis") == "Armenian media"


def test_no_tv_named_leaves_the_channel_unread(gazetteer):
    text = ("Two shells hit the school in Tartar on Monday, the defence ministry said. "
            "Later that night a house in Barda was hit too, the channel said.")
    assert _claimants(text, gazetteer).get("Barda") not in ("Azerbaijani media", "Armenian media")
