"""Several holders of a town's post ("the mayors of X, Y and Z", "the governors of A and B") only say whose posts
they hold, as "the mayor of X" does: no event at the towns; the towns' own news in the sentence still counts."""
import datetime as dt

import pytest

from geo.extract import extract_text

DAY = dt.date(2024, 5, 3)


def places(text, gazetteer):
    return {e["place"]: e for e in extract_text(text, DAY, gazetteer)}


def test_mayors_of_a_list_of_towns_are_no_events(gazetteer):
    found = places("The envoy toured Tavush on Friday and held talks with the governor and the mayors of "
                   "Ijevan, Dilijan and Berd.", gazetteer)
    assert "Tavush" in found and found["Tavush"]["layer"] == "other"
    assert not {"Ijevan", "Dilijan", "Berd"} & set(found)


def test_mayors_of_two_towns_speaking(gazetteer):
    assert places("The mayors of Kapan and Goris told reporters that schools would reopen.", gazetteer) == {}


def test_towns_hit_told_by_their_mayors_still_count(gazetteer):
    found = places("Shells fell on Kapan and Goris on Monday night, the mayors said.", gazetteer)
    assert {"Kapan", "Goris"} <= set(found)
    assert found["Kapan"]["layer"] == "shelling"
