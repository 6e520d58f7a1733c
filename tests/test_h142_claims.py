"""Rules read from heldout142 on claimants: a speaker named before ", as quoted by <outlet>," makes the claim, as one
before ", quoted by <outlet>," does; and a side's body named with "Karabakh's" is the same body as with "Artsakh's"."""

import datetime as dt

from bench.eval_extract import canonical_actor
from geo.extract import extract_text

DAY = dt.date(2022, 5, 4)


def _claimants(text, place, published=DAY):
    return [e["claimed_by"] for e in extract_text(text + "\n", published) if place in e["place_name"].split(";")]


def test_speaker_before_as_quoted_by_makes_the_claim():
    text = "The interior ministry in Baku, as quoted by Report, said mines went off near Tartar on Sunday."
    assert _claimants(text, "Tartar") == ["Azerbaijani government (Interior Ministry)"]


def test_defence_ministry_before_as_quoted_by_makes_the_claim():
    text = "The defence ministry, as quoted by Trend, said Armenian units fired on its posts near Tartar on Sunday."
    assert _claimants(text, "Tartar") == ["Azerbaijani MoD"]


def test_outlet_after_a_closing_as_quoted_by_stays_a_relay():
    # (already so before: the speaker said it, the outlet only passed it on)
    text = "Armenian units fired on posts near Tartar on Sunday, the defence ministry said, as quoted by Trend."
    assert _claimants(text, "Tartar") == ["Azerbaijani MoD"]


def test_a_speaker_before_a_plain_quoted_by_is_unchanged():
    text = "The defence ministry, quoted by Trend, said Armenian units fired on its posts near Tartar on Sunday."
    assert _claimants(text, "Tartar") == ["Azerbaijani MoD"]


def test_karabakhs_security_service_is_artsakhs():
    assert canonical_actor("Karabakh's National Security Service") \
        == canonical_actor("Artsakh National Security Service") \
        == "Nagorno-Karabakh authorities (National Security Service)"


def test_karabakh_prefix_keeps_other_bodies_as_they_were():
    assert canonical_actor("Karabakh Defence Army") == "Nagorno-Karabakh authorities"
    assert canonical_actor("Armenian National Security Service") == "Armenian government (National Security Service)"


def test_a_written_state_body_drops_the_side_prefix_in_its_bracket():
    assert canonical_actor("Nagorno-Karabakh authorities (Karabakh National Security Service)") \
        == "Nagorno-Karabakh authorities (National Security Service)"


def test_a_written_state_body_without_a_side_prefix_is_unchanged():
    assert canonical_actor("Armenian government (Road Department)") == "Armenian government (Road Department)"
