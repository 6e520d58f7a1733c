"""A determiner or a possessive before "village" ("Their village is X, in the Y region", "Our village lies in the
Y district") names no village: the village is the one named after it, and no made-up village called "Their" is kept
at the district. A name before "village" is still a village the district places."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2021-11-12"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_possessive_before_village_is_no_village(gazetteer):
    got = _places("Their village is Talish, in the Martakert region, and a weekly wrote about it this month.",
                  gazetteer)
    assert "Their" not in got and "Talish" in got


def test_our_village_is_no_village(gazetteer):
    got = _places("Our village is Haterk, in the Martakert region.", gazetteer)
    assert "Our" not in got and "Haterk" in got


def test_this_village_is_no_village(gazetteer):
    got = _places("This village lies in the Martakert region and was shelled on Monday.", gazetteer)
    assert "This" not in got


# --- near sentences where the rule must not fire ---

def test_named_village_in_a_district_is_kept(gazetteer):
    got = _places("Zarnikh village in the Martakert region was shelled on Monday.", gazetteer)
    assert got.get("Zarnikh") == "shelling"


def test_known_village_before_village_is_kept(gazetteer):
    got = _places("Talish village in the Martakert region was shelled on Monday.", gazetteer)
    assert got.get("Talish") == "shelling"


def test_village_of_a_name_is_kept(gazetteer):
    got = _places("Shells hit the village of Zarnikh in the Martakert region.", gazetteer)
    assert "Zarnikh" in got
