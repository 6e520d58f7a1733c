"""A field team named by its noun ("the expedition") speaks as a team or a mission does: "The expedition added that
..." is the expedition's word, in a new paragraph too, where only a noun the table knows as a speaker was read."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer, published="2019-07-02"):
    return extract_text(text, datetime.date.fromisoformat(published), gazetteer)


def _claimant(text, gazetteer, place):
    return next(e["claimed_by"] for e in _events(text, gazetteer) if e["place"] == place)


def test_expedition_adds_after_a_paragraph_break(gazetteer):
    text = ("The diggers' own report says a Roman coin came up at Amaras.\n"
            "The expedition added that a second wall near Tigranakert had been cleared.")
    assert "expedition" in _claimant(text, gazetteer, "Tigranakert").lower()


def test_expedition_says_in_the_sentence_itself(gazetteer):
    text = "A cemetery was found near Tigranakert, the expedition said on Monday."
    assert "expedition" in _claimant(text, gazetteer, "Tigranakert").lower()


def test_expedition_named_with_its_kind_then_again(gazetteer):
    text = ("The archaeological expedition said a tower was found at Tigranakert.\n"
            "The expedition added that a gate near Amaras was cleared.")
    assert "expedition" in _claimant(text, gazetteer, "Amaras").lower()


def test_expedition_as_the_doer_is_no_speaker(gazetteer):
    # the expedition digs: no one tells of it, the article's own voice
    text = "The expedition dug a new trench at Tigranakert in June."
    assert _claimant(text, gazetteer, "Tigranakert") == ""


def test_expedition_written_about_by_a_named_speaker(gazetteer):
    # the expedition is what the ministry speaks of, not the speaker
    text = "Armenia's culture ministry said the expedition had found a jar at Tigranakert."
    assert "expedition" not in _claimant(text, gazetteer, "Tigranakert").lower()


def test_an_expedition_abroad_is_no_claimant_here(gazetteer):
    text = "After an expedition to the Arctic, the Armenian defence ministry said a shell hit Berd."
    assert _claimant(text, gazetteer, "Berd") == "Armenian MoD"
