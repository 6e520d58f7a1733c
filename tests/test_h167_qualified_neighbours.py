"""A bare village name the gazetteer files only with its district in brackets is read as the namesake that the
article's other places lie around, and as nothing when no place of the article lies near any namesake."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(1992, 3, 2)


def _places(text):
    return {e["place_name"] for e in extract_text(text, DAY)}


def test_a_bare_name_is_the_namesake_near_a_town_of_the_same_sentence():
    text = "Armed men fired on a lorry near Garadaghly yesterday, and two drivers from Aghdam were killed."
    assert "Garadaghly (Khojavend)" in _places(text)


def test_a_bare_name_is_the_namesake_near_a_town_named_later():
    text = ("Shells fell on Garadaghly overnight, officials said.\n"
            "The wounded were taken to hospital in Khojavend.")
    assert "Garadaghly (Khojavend)" in _places(text)


def test_no_neighbour_no_reading():
    # negative case: only a far city is named, nothing says which namesake is meant
    text = "Shells fell on Garadaghly overnight, officials in Baku said."
    assert not any(p.startswith("Garadaghly") for p in _places(text))


def test_a_far_namesake_is_not_taken():
    # negative case: the gazetteer's only Muganli lies in Zangilan, far from the Khojavend the article names
    text = "Shells fell on Muganli overnight, and villagers fled to Khojavend."
    assert "Mughanli (Zangilan)" not in _places(text)
