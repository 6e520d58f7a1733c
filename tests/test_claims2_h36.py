"""Claimants of a body's later sentences, over sentences written for this test: the present tense of a document or
a transcript ("the ministry adds that", "..., the report notes") is the body's word, and a written answer ("the
answer recalls that", "according to the same reply") stands for the body that gave it."""

import pytest

from tests.helpers import claimant_of

# a paragraph of its own: the next sentence does not inherit its claimant
_OPENING = "The Armenian Defence Ministry said on Monday that Azerbaijani troops fired at houses in Sotk.\n"


@pytest.mark.parametrize("text", [
    _OPENING + "The ministry adds that a shop in Kornidzor was hit by a bullet.",
    _OPENING + "A shop in Kornidzor was hit by a bullet, the ministry adds.",
    _OPENING + "The ministry notes that a shop in Kornidzor was hit by a bullet.",
])
def test_a_present_tense_speech_verb_keeps_the_body(gazetteer, text):
    assert claimant_of("Kornidzor", text, gazetteer) == "Armenian MoD"


@pytest.mark.parametrize("text", [
    _OPENING + "The answer recalls that a shop in Kornidzor was hit by a bullet.",
    _OPENING + "According to the same answer, a shop in Kornidzor was hit by a bullet.",
    _OPENING + "The reply says that a shop in Kornidzor was hit by a bullet.",
])
def test_a_written_answer_is_its_giver_s_word(gazetteer, text):
    assert claimant_of("Kornidzor", text, gazetteer) == "Armenian MoD"


@pytest.mark.parametrize("text", [
    "Her office received worried calls on Tuesday that Azerbaijani troops had fired at houses in Sotk, "
    "Lusine Arakelyan wrote on Facebook.",
    "The mayor took calls on Sunday from families in Sotk whose houses were hit, Lusine Arakelyan wrote on Facebook.",
])
def test_calls_on_a_weekday_are_no_appeal(gazetteer, text):
    assert claimant_of("Sotk", text, gazetteer).startswith("Lusine Arakelyan")


@pytest.mark.parametrize("heading", ["What the ministry said", "What the ministry reported"])
def test_a_what_said_sub_head_gives_the_list_under_it_its_speaker(gazetteer, heading):
    text = ("The Armenian Defence Ministry issued a statement on Monday about the night's fire.\n"
            f"{heading}\n"
            "- Azerbaijani troops fired at houses in Sotk for two hours.\n"
            "- A school in Kornidzor was hit by several bullets.\n")
    assert claimant_of("Sotk", text, gazetteer) == "Armenian MoD"
    assert claimant_of("Kornidzor", text, gazetteer) == "Armenian MoD"
