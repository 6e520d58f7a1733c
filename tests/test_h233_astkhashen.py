"""Astghashen (Askeran region) is also written Astkhashen, the Armenian ղ as "kh" (sourced alias); its neighbours
and other "-ashen" villages are not read as it."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 10, 9)


def _places(text, gazetteer):
    return {e["place_name"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_astkhashen_is_astghashen(gazetteer):
    assert "Astghashen" in _places("Families who had fled the village of Astkhashen reached Goris on Sunday.",
                                   gazetteer)


def test_astghashen_still_read(gazetteer):
    assert "Astghashen" in _places("Families who had fled the village of Astghashen reached Goris on Sunday.",
                                   gazetteer)


def test_patara_is_not_astghashen(gazetteer):
    assert "Astghashen" not in _places("Families who had fled the village of Patara reached Goris on Sunday.",
                                       gazetteer)


def test_madatashen_is_not_astghashen(gazetteer):
    assert "Astghashen" not in _places("Families who had fled the village of Madatashen reached Goris on Sunday.",
                                       gazetteer)


def test_artsakhashen_unknown_is_not_astghashen(gazetteer):
    assert "Astghashen" not in _places("Families who had fled Arshakhashen reached Goris on Sunday.", gazetteer)
