"""The past tense of fighting is fighting too: "the men who fought at X" place fighting at X, as "fighting at X" does."""

import datetime
from functools import partial

from geo.extract import extract_text
from tests.helpers import place_layers

DAY = datetime.date(2024, 2, 12)


_layers = partial(place_layers, published=DAY)


def test_units_that_fought_near_a_village_place_fighting_there(gazetteer):
    assert _layers("Veterans gathered to honour the company that fought near Talish in 1992.", gazetteer) \
        == {"Talish": "shelling"}


def test_fought_on_a_front_named_after_a_town(gazetteer):
    assert _layers("The ministry named the battalions that fought on the Martuni front.", gazetteer) \
        == {"Khojavend": "shelling"}


def test_fought_at_places_no_fighting_at_the_other_places_of_its_sentence(gazetteer):
    layers = _layers("The battalion that fought near Talish in 1993 held a reunion in Baku on Sunday.", gazetteer)
    assert layers == {"Talish": "shelling", "Baku": "other"}


def test_fought_at_reaches_every_place_of_its_list(gazetteer):
    assert _layers("Their regiment fought at Talish and at Hadrut.", gazetteer) \
        == {"Talish": "shelling", "Hadrut": "shelling"}


def test_a_person_who_fought_somewhere_long_ago_places_no_fighting_there(gazetteer):
    assert _layers("She had fought at Shusha as a young nurse and today teaches in Yerevan.", gazetteer) \
        == {"Shusha": "other", "Yerevan": "other"}


def _dated(text, gazetteer):
    return {c["place_name"]: (c["layer"], c["date_text"]) for c in extract_text(text, DAY, gazetteer)}


def test_a_fight_told_in_a_relative_clause_does_not_take_the_main_clauses_day(gazetteer):
    found = _dated("Men who fought near Talish in the early nineties met in Baku on Friday.", gazetteer)
    assert found["Talish"] == ("shelling", "")          # fighting, but not on the day they met
    assert found["Baku"][1] == "on Friday"


def test_a_fight_told_in_a_relative_clause_keeps_its_own_year(gazetteer):
    found = _dated("A company that fought at Hadrut in 1994 marked its founding in Baku on Saturday.", gazetteer)
    assert found["Hadrut"] == ("shelling", "in 1994")
