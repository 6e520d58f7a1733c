"""A speaker's own relative clause ("pictures of troops it said had captured X") tells what that speaker says of
the noun before it: the words before the clause are no one's name. A day told back from now before the subject
("Last Friday it released ...") is no part of the subject either."""

import datetime

from geo.extract import extract_text


def _claimants(text, gazetteer, published="2020-11-03"):
    return {e["place"]: e["claimed_by"]
            for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)}


def test_relative_it_said_after_pictures_is_the_named_body(gazetteer):
    text = ("The Azerbaijani defence ministry gave its own version. Last Friday it released pictures of troops "
            "it said had pushed the Armenian units out of Talish.")
    got = _claimants(text, gazetteer)
    assert got.get("Talish") == "Azerbaijani MoD"


def test_relative_they_said_keeps_the_opening_body(gazetteer):
    text = ("The Armenian defence ministry described the day. It showed a film of positions they said were "
            "still held near Martuni.")
    got = _claimants(text, gazetteer)
    assert "Martuni" in got
    assert got["Martuni"] == "Armenian MoD"


def test_no_fragment_of_the_sentence_as_claimant(gazetteer):
    text = "Last Friday it released pictures of troops it said had pushed the Armenian units out of Talish."
    got = _claimants(text, gazetteer)
    assert "Talish" in got
    assert "pictures" not in got["Talish"] and got["Talish"] != "Last"


def test_said_that_with_its_own_subject_is_still_a_speaker(gazetteer):
    # "it said that ...": an ordinary report, not a relative clause of a noun
    text = "The Armenian defence ministry said that it had repelled an attack near Talish."
    assert _claimants(text, gazetteer).get("Talish") == "Armenian MoD"


def test_named_speaker_after_a_noun_is_still_a_speaker(gazetteer):
    # a new name before "said", not a pronoun: a speaker of its own
    text = "The villagers were shown photographs, and Hikmet Hajiyev said troops had taken Talish."
    assert "Hajiyev" in (_claimants(text, gazetteer).get("Talish") or "")


def test_last_week_opening_leaves_the_named_subject(gazetteer):
    text = "Last Friday the Azerbaijani defence ministry said its troops had taken Talish."
    assert _claimants(text, gazetteer).get("Talish") == "Azerbaijani MoD"
