"""A price list's line with the unit before its price, and a notice's contact line, name no scene."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 4, 14)


def _places(text):
    return {e["place"] for e in extract_text(text, DAY)}


def test_goods_from_a_town_priced_by_the_kilo_label():
    assert "Sisian" not in _places("Onions from Sisian, the autumn crop, kg: 250")


def test_goods_priced_per_litre_label():
    assert "Goris" not in _places("Mulberry syrup from Goris, litre: 3500")


def test_a_count_after_a_colon_is_no_price():
    # negative: a tally told in news keeps its place
    assert "Vayk" in _places("Shells hit Vayk overnight, wounded: 3")


def test_questions_to_a_person_by_telephone():
    assert "Khachik" not in _places("Questions to Khachik by telephone, please, before eight in the evening.")


def test_news_by_telephone_keeps_its_place():
    # negative: a report given by telephone is no contact line
    assert "Khachik" in _places("Residents of Khachik told us by telephone that shells fell on the village.")
