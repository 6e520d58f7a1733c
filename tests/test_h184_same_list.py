"""A place "on the same list" or told "by the same count" is the claim of the one whose list or count came just
before, even after a paragraph break."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 10, 25)


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_on_the_same_list_after_a_paragraph_break():
    found = _claims("The Azerbaijani Defence Ministry said on Monday that its troops had taken Fuzuli.\n"
                    "Horadiz was on the same list.")
    assert found["Horadiz"] == "Azerbaijani MoD"


def test_by_the_same_count_after_a_paragraph_break():
    found = _claims("The Armenian Defence Ministry said on Sunday that shells had fallen on Kapan.\n"
                    "Goris was hit as well, by the same count.")
    assert found["Goris"] == "Armenian MoD"


def test_no_list_named_again_is_no_claim_after_a_paragraph_break():
    found = _claims("The Azerbaijani Defence Ministry said on Monday that its troops had taken Fuzuli.\n"
                    "Horadiz was taken too.")
    assert not found["Horadiz"]


def test_a_speaker_in_the_sentence_comes_first():
    found = _claims("The Azerbaijani Defence Ministry said on Monday that its troops had taken Fuzuli.\n"
                    "Horadiz was put on the same list of towns to rebuild, the Armenian Defence Ministry said.")
    assert found["Horadiz"] == "Armenian MoD"
