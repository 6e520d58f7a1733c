"""A town's camp, tents or wagons named after it ("the X camp", "the Y sidings") tell of that town, as "the camp at X"
does; a river or a word after "the" with no such noun stays dropped."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer):
    return {e["place"]: e["layer"] for e in extract_text(text, datetime.date(2004, 5, 3), gazetteer)}


def test_school_opened_in_the_town_camp(gazetteer):
    assert _places("A new school has opened in the Sabirabad camp for the children of displaced families.",
                   gazetteer) == {"Sabirabad": "other"}


def test_refugee_camp_with_a_word_between(gazetteer):
    assert "Sabirabad" in _places("Aid workers counted 900 tents in the Sabirabad refugee camp last week.", gazetteer)


def test_wagons_and_sidings_named_after_the_town(gazetteer):
    assert _places("Some forty families still sleep in the Imishli boxcars.", gazetteer) == {"Imishli": "other"}
    assert "Saatli" in _places("Rusting wagons line the Saatli sidings, each one a family's home.", gazetteer)


def test_the_town_with_no_camp_noun_after_it_stays_dropped(gazetteer):
    assert "Sabirabad" not in _places("The boats drifted slowly along the Sabirabad towards evening.", gazetteer)
