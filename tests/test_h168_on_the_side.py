"""A town naming the side a place lies on ("Tegh, on the Goris side") only locates the place named before it: the
town is no event (older sets: 4 of 4 such towns unannotated; "the X side of the front" is left alone)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 3, 9)


def _places(text):
    return {p for e in extract_text(text, DAY) for p in e["place"].split(";")}


def test_the_town_naming_the_side_is_dropped():
    places = _places("Azerbaijani troops said they had taken the heights near Talish, on the Aghdara side, at dawn.")
    assert "Talish" in places and "Aghdara" not in places
    places = _places("A soldier was wounded on Friday at Khnatsakh, on the Kapan side, late in the evening.")
    assert "Khnatsakh" in places and "Kapan" not in places


def test_a_side_without_a_place_before_it_keeps_the_town():
    # negative: no place named before the comma; the town stays
    assert "Goris" in _places("The convoy waited at Kornidzor on the Goris side.")
    assert "Goris" in _places("Lorries waited on the Goris side of the pass.")
