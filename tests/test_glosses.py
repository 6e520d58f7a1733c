"""Names sentences: "A and B are known in Armenia as X and Y" reports nothing, and makes A read as X."""

import datetime as dt

from geo.extract import extract_text
from geo.extract.glosses import Gloss, glosses, names_sentence


def test_a_names_sentence_pairs_its_two_lists():
    assert glosses("Gafan and Mehri are the Azerbaijani names of the Armenian towns of Kapan and Meghri.") == [
        Gloss("Gafan", "Kapan"), Gloss("Mehri", "Meghri")]
    assert glosses("Karvansaray and Keshishkend are known in Armenia as Ijevan and Yeghegnadzor.") == [
        Gloss("Karvansaray", "Ijevan"), Gloss("Keshishkend", "Yeghegnadzor")]


def test_lists_of_different_lengths_or_other_sentences_pair_nothing():
    assert glosses("Gafan and Mehri are the Azerbaijani names of Kapan.") == []
    assert not names_sentence("Shells fell near Kapan and Meghri, which are known for their copper mines.")


def test_a_glossed_name_is_read_as_the_place_it_stands_for_and_the_names_sentence_gives_no_event(gazetteer):
    text = ("Baku accused Armenian units dug in around Garakilsa and Chinarli of firing grenade launchers overnight.\n\n"
            "Garakilsa and Chinarli are known in Armenia as Vanadzor and Chinari.")
    found = extract_text(text, dt.date(2021, 7, 20), gazetteer)
    assert {c["place_name"] for c in found} == {"Vanadzor", "Chinari"}
    assert all("grenade" in c["quote"] for c in found)


def test_one_places_names_given_side_by_side_make_a_names_sentence():
    for text in ("The old spa town in the gorge is Istisu in Azerbaijani and Jermuk in Armenian.",
                 "Gafan to Azerbaijanis, Kapan to Armenians and Kafan in older Russian maps, the town sits in a gorge.",
                 "The valley town is Mehri for Azerbaijan and Meghri for the Armenians who live there."):
        assert names_sentence(text), text


def test_places_handed_to_sides_or_people_of_sides_make_no_names_sentence():
    for text in ("The treaty gave Zod to Armenia and Sotk to Azerbaijan.",
                 "Food went to Armenians in Sisian and to Azerbaijanis in Gubadli.",
                 "Leaflets in Armenian and Russian were handed out in Goris."):
        assert not names_sentence(text), text


def test_a_sentence_giving_a_towns_names_side_by_side_gives_no_event(gazetteer):
    found = extract_text("The spa town in the gorge is Istisu in Azerbaijani and Jermuk in Armenian.",
                         dt.date(2021, 7, 20), gazetteer)
    assert found == []


def test_a_name_one_side_uses_or_calls_makes_a_names_sentence(gazetteer):
    assert glosses("Gafan is what Azerbaijani reports call Kapan.") == [Gloss("Gafan", "Kapan")]
    text = "Tovuzgala is the name Azerbaijan uses for the Berd area, and Gafan for the area around Kapan."
    assert names_sentence(text)
    assert extract_text(text, dt.date(2021, 7, 20), gazetteer) == []


def test_another_spelling_after_a_label_is_a_names_sentence_that_reads_nothing_anew(gazetteer):
    text = "A word on spelling: Shinuhayr is also spelt Shinouhayr, and Khndzoresk appears as Khndsoresk in old maps."
    assert names_sentence(text)
    assert glosses(text) == []
    assert not extract_text(text, dt.date(2019, 5, 2), gazetteer)
    assert names_sentence("Tegh is also written Tekh in some reports.")
    # a report with the same verbs stays one
    assert extract_text("Shells hit Tegh, which appears as a frontline village in every report.",
                        dt.date(2019, 5, 2), gazetteer)


def test_names_used_in_or_by_a_side_make_a_names_sentence():
    assert glosses("Gorus and Istisu are the names used in Azerbaijan for the Armenian towns of Goris and "
                   "Jermuk.") == [Gloss("Gorus", "Goris"), Gloss("Istisu", "Jermuk")]
    assert glosses("Gafan is the name used by the Azerbaijani side for Kapan.") == [Gloss("Gafan", "Kapan")]


def test_a_names_sentence_with_names_used_by_a_side_gives_no_event(gazetteer):
    text = ("Gorus and Istisu are the names used in Azerbaijan for the Armenian towns of Goris and Jermuk, and "
            "Meghri is a town in Syunik near the Iranian border.")
    assert extract_text(text, dt.date(2022, 9, 14), gazetteer) == []
