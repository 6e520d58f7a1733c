"""Rule written from heldout127: people from a district who left it.

"families from the X district have fled / were forced out / have gone to shelters": the district is where the flight
was from, which the sets file there (but "residents of the X district" named only to say who people are stays out,
and "left behind" tells what they left, not a flight).
"""

import datetime as dt

from geo.extract import extract_text

PUBLISHED = dt.date(2021, 3, 20)


def _names(text, published=PUBLISHED):
    return {name for e in extract_text(text, published) for name in e["place_name"].split(";")}


# --- people from a district who left it ---

def test_families_from_district_who_fled_are_filed_at_district():
    text = "Hundreds of families from the Aghdam district have fled to relatives in Baku, the agency wrote."
    assert "Aghdam District" in _names(text)


def test_people_from_district_forced_out():
    text = "Some 30,000 people from the Kalbajar district were forced out in April 1993."
    assert "Kalbajar District" in _names(text, dt.date(2020, 11, 20))


def test_families_from_district_gone_to_shelters():
    text = "Most families from the Tartar district have gone to shelters, a local official said."
    assert "Tartar District" in _names(text, dt.date(2020, 10, 5))


def test_residents_of_district_named_only_as_who_they_are_stay_out():
    text = "The library thanks the residents of the Aghdam district for the books they gave."
    assert "Aghdam District" not in _names(text)


def test_residents_of_district_who_left_books_behind_stay_out():
    # ("left" followed by "behind" is what they left, not a flight)
    text = "Residents of the Aghdam district left behind a hundred books at the library."
    assert "Aghdam District" not in _names(text)
