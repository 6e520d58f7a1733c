"""A lower-case connector inside a Romance place name ("Rio de Janeiro", "Mar del Plata") keeps the name whole;
one between a capitalised word and a lower-case one ("de facto") joins nothing."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.extract.mentions import _runs, tokenize


def places(text, gazetteer, published=dt.date(2022, 6, 1)):
    return {name for c in extract_text(text, published, gazetteer) for name in c["place_name"].split(";")}


@pytest.mark.parametrize("text, city", [
    ("The two foreign ministers met at a forum in Rio de Janeiro last spring.", "Rio de Janeiro"),
    ("A second round of talks was held in Mar del Plata in October.", "Mar del Plata"),
])
def test_a_name_with_a_connector_is_one_place(gazetteer, text, city):
    assert city in places(text, gazetteer)


def test_a_connector_before_a_lower_case_word_joins_nothing():
    sentence = "Stepanakert de facto authorities said Goris was calm."
    runs = [" ".join(w.text for w in run) for run in _runs(sentence, tokenize(sentence))]
    assert "Stepanakert" in runs and not any("de" in r.split() for r in runs), runs
