"""Claimants: an outlet named in apposition after its nation and kind, and "X recalls in its ... piece" (sentences
written for these rules)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 10, 3)


def claimant(text, place):
    return next(e["claimed_by"] for e in extract_text(text, DAY) if place in e["place"])


def test_outlet_named_in_apposition_after_its_kind():
    text = "An American newspaper, the Washington Post, wrote on Monday that families now live in tents outside Barda."
    assert claimant(text, "Barda") == "Washington Post"


def test_nation_and_kind_with_a_description_in_apposition_stays_the_press():
    text = "A Russian daily, the biggest in the region, wrote that shells hit Barda."
    assert claimant(text, "Barda") == "Russian media"


def test_person_named_in_apposition_is_unchanged():
    text = "An Armenian MP, Vahe Sargsyan, said that shells hit Goris."
    assert claimant(text, "Goris") != "Armenian media"


def test_recalls_in_a_piece_is_a_claim():
    text = ("Ten years ago today the last units left Kubatly and fell back to the east, Vestnik Kavkaza recalls in "
            "its anniversary piece.")
    assert "Vestnik Kavkaza" in claimant(text, "Kubatly")


def test_recall_followed_by_a_long_place_phrase_is_no_claim():
    text = ("Ten years ago today the last units left Kubatly and fell back to the east, as the old men of the village "
            "recall in the square outside the school.")
    assert claimant(text, "Kubatly") == ""
