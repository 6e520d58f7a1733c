"""Rule written from heldout127: a long description before the landmark that places a village.

"Y, the settlement of new flats for displaced families just outside X": an apposition up to eight words long before
"outside", "north of"... only places Y; X is no scene (a list naming X as a place of its own keeps it).
"""

import datetime as dt

from geo.extract import extract_text

PUBLISHED = dt.date(2021, 3, 20)


def _names(text, published=PUBLISHED):
    return {name for e in extract_text(text, published) for name in e["place_name"].split(";")}


# --- a long apposition before the landmark ---

def test_long_apposition_outside_town_only_places_the_village():
    text = ("In Shikharkh, the block of new homes for families from Aghdara just outside Tartar, a shell hit a "
            "school on Tuesday.")
    names = _names(text, dt.date(2020, 10, 8))
    assert "Shikharkh" in names and "Tartar" not in names


def test_long_apposition_north_of_town_only_places_the_village():
    text = ("Hasangaya, the small farming village of some two hundred people north of Tartar, was shelled again "
            "on Friday.")
    names = _names(text, dt.date(2020, 10, 10))
    assert "Hasangaya" in names and "Tartar" not in names


def test_town_listed_after_an_apposition_is_its_own_place():
    text = "Shikharkh, the settlement of new homes for displaced families, and Tartar were shelled on Monday."
    assert {"Shikharkh", "Tartar"} <= _names(text, dt.date(2020, 10, 8))
