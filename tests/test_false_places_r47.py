"""Places a sentence names only to say who someone is, how to write a name or where a letter's writer lives."""
import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

DAY = dt.date(2021, 11, 20)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _places(text, gazetteer):
    return {c["place_name"] for c in extract_text(text, DAY, gazetteer)}


def test_village_of_a_district_read_over_a_far_towns_old_name(gazetteer):
    """"Galakand ... in the Gadabay district" is the Gadabay village, not Berd (once also called Galakand), and a
    second district named later in the sentence does not pull it back."""
    text = ("Baku said shells fell on Galakand and Novoivanovka in the Gadabay district and on two villages "
            "in the Tovuz district on Monday.")
    places = _places(text, gazetteer)
    assert "Berd" not in places
    assert "Qalakənd (Gədəbəy)" in places


def test_kin_word_before_a_name_is_a_person(gazetteer):
    text = "Her friend Narek said Azerbaijani troops fired on Sotk on Tuesday."
    places = _places(text, gazetteer)
    assert "Narek" not in places
    assert "Sotk" in places


def test_who_comes_from_a_town_is_a_home(gazetteer):
    text = "Aram, who comes from Goris, said Azerbaijani troops fired on Sotk on Tuesday."
    places = _places(text, gazetteer)
    assert "Goris" not in places
    assert "Sotk" in places


def test_imperative_opening_a_style_note_is_no_name(gazetteer):
    places = _places("Write Stepanakert (Khankendi) at first mention.", gazetteer)
    assert not any(p.startswith("Write") for p in places)


def test_letter_signature_town_left_out(gazetteer):
    text = "I saw the queue of lorries on the road near Vorotan all week. - Lilit Sargsyan, Kapan"
    assert "Kapan" not in _places(text, gazetteer)


def test_member_from_a_town_who_writes_left_out(gazetteer):
    text = "One member from Sisian wrote that the column moved slowly on Friday."
    assert "Sisian" not in _places(text, gazetteer)


def test_student_from_a_village_near_a_town_left_out(gazetteer):
    text = "One student from a village near Vardenis told us she had not slept since Sunday."
    assert "Vardenis" not in _places(text, gazetteer)


def test_who_heads_a_community_names_an_office(gazetteer):
    text = ("Shots were fired near Sotk on Tuesday, Armen Petrosyan, who heads the Geghamasar community, "
            "told reporters.")
    places = _places(text, gazetteer)
    assert "Geghamasar" not in places
    assert "Sotk" in places
