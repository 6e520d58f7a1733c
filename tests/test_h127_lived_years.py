"""Rule written from heldout127: the town where displaced people lived for years before the news.

"they had lived for many years in A, B and C": the towns are no scene, also when the years come before the town with
nothing between (not a town named with no years, nor a scene told after a "where").
"""

import datetime as dt

from geo.extract import extract_text

PUBLISHED = dt.date(2021, 3, 20)


def _names(text, published=PUBLISHED):
    return {name for e in extract_text(text, published) for name in e["place_name"].split(";")}


def _layer(text, name, published=PUBLISHED):
    return [e["layer"] for e in extract_text(text, published) if name in e["place_name"].split(";")]


# --- years lived in a town before the return ---

def test_years_lived_in_towns_listed_are_no_scene():
    text = "Until last spring the returnees had lived for two decades in Ganja, Sumgayit and Mingachevir."
    assert not {"Ganja", "Sumgayit", "Mingachevir"} & _names(text)


def test_decades_lived_in_one_town_is_no_scene():
    assert "Barda" not in _names("The family had lived for almost three decades in Barda before the move.")


def test_lived_in_a_town_without_years_is_still_told():
    # (no years said: where they lived may be the news, as the sets file "the families who had lived in X left")
    assert "Barda" in _names("The families who had lived in Barda left for their village on Monday.")


def test_shelled_town_where_they_lived_is_still_a_scene():
    assert _layer("Rockets fell on Barda on Monday, where the family had lived for many years.", "Barda") == ["shelling"]
