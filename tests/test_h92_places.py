"""Kanliq, the spelling of a 1993 report from the village outside Kubatli, is Khanlig of the Gubadli district; the
rule does not reach other names that begin alike."""

from tests.helpers import place_layers


def test_kanliq_is_khanlig(gazetteer):
    text = "Refugees said Armenian armour had shelled the village of Kanliq, south of Kubatli, before dawn."
    assert "Khanlig" in place_layers(text, gazetteer, published="1993-09-03")


def test_khanlar_is_not_khanlig(gazetteer):
    text = "Refugees said the district hospital in Khanlar had taken in forty wounded from the front."
    assert "Khanlig" not in place_layers(text, gazetteer, published="1993-09-03")
