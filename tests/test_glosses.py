"""Names sentences: "A and B are known in Armenia as X and Y" reports nothing, and makes A read as X."""

import datetime as dt

from geo.extract import extract_text
from geo.extract.glosses import Gloss, glosses, names_sentence


def test_a_names_sentence_pairs_its_two_lists():
    assert glosses("Gorus and Istisu are the Azerbaijani names of the Armenian towns of Goris and Jermuk.") == [
        Gloss("Gorus", "Goris"), Gloss("Istisu", "Jermuk")]
    assert glosses("Yukhari Shorja and Gunashli are known in Armenia as Verin Shorzha and Norabak.") == [
        Gloss("Yukhari Shorja", "Verin Shorzha"), Gloss("Gunashli", "Norabak")]


def test_lists_of_different_lengths_or_other_sentences_pair_nothing():
    assert glosses("Gorus and Istisu are the Azerbaijani names of Goris.") == []
    assert not names_sentence("Shells fell on Goris and Jermuk, which are known for their springs.")


def test_a_glossed_name_is_read_as_the_place_it_stands_for_and_the_names_sentence_gives_no_event(gazetteer):
    text = ("The ministry said mortar fire came from Armenian positions near Istisu and Garakilsa on Tuesday night.\n\n"
            "Istisu and Garakilsa are the Azerbaijani names of the Armenian towns of Jermuk and Sisian.")
    found = extract_text(text, dt.date(2022, 9, 14), gazetteer)
    assert {c["place_name"] for c in found} == {"Jermuk", "Sisian"}
    assert all("mortar" in c["quote"] for c in found)
