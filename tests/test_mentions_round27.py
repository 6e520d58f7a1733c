"""Place mentions, round 27: names listed in pairs after "between"; a town cut off; a monastery far from its
village."""

import datetime as dt

from geo.extract import extract_text


def places(text, gazetteer, published=dt.date(2024, 6, 1)):
    return {name for c in extract_text(text, published, gazetteer) for name in c["place_name"].split(";")}


def test_every_name_of_pairs_after_between_is_a_place(gazetteer):
    found = places("Surveyors will mark three stretches of the line this summer: between Berkaber and Gizilhajili, "
                   "Voskepar and Ashagi Askipara, and Kirants and Baghanis.", gazetteer)
    assert {"Voskepar", "Berkaber", "Kirants", "Baghanis"} <= found, found


def test_a_village_named_like_a_word_still_needs_a_place_word(gazetteer):
    found = places("Voskepar and the other border villages were quiet on Monday.", gazetteer)
    assert "Voskepar" not in found, found
