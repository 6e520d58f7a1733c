"""A stay at kin's home told by the possessive alone ("who is at his sister's in X", "then I go to my daughter's in Y")
names no event at the town; a family moved there from danger, or fire told there, keeps it."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2024, 5, 14))


def _places(text, gazetteer):
    return {name for name, _ in _rows(text, gazetteer)}


def test_a_stay_at_kins_home_is_no_event(gazetteer):
    assert "Ijevan" not in _places("Sorry, no choir practice on Thursday: our organist is at his brother's in Ijevan.",
                                   gazetteer)
    assert "Sisian" not in _places("The bakery shuts on Saturday afternoon, and on Sunday I go to my aunt's in Sisian.",
                                   gazetteer)
    assert "Shamakhi" not in _places("Absent: Leyla (at her son's in Shamakhi) and both treasurers.", gazetteer)


def test_a_town_where_something_happened_stays(gazetteer):
    # the shelled town is the news; a stay told beside harm is left to the other rules
    assert ("Kapan", "shelling") in _rows("Shells hit two houses in Kapan on Monday; my cousin, who is at her "
                                          "mother's in Goris, saw the smoke.", gazetteer)


def test_a_family_moved_there_or_fire_told_keeps_the_town(gazetteer):
    # fleeing to kin, or harm told, is news at the town (the older sets annotate the place people fled to)
    assert "Barda" in _places("Families fled the shelled villages overnight, and many went to their cousins' in Barda.",
                              gazetteer)
    assert "Goris" in _places("A shell landed near the school while she was at her sister's in Goris.", gazetteer)
