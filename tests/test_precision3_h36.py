"""Places named only as a side's voice, a family's home or a relative's grave make no event (sentences written for
these tests)."""

import datetime as dt

import pytest

from geo.extract import extract_text


def places(text, gazetteer, published="2024-05-10"):
    found = extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")
    return {name for c in found for name in c["place_name"].split(";")}


@pytest.mark.parametrize("sentence", [
    "The new checkpoint near Kornidzor has drawn angry criticism from Baku since Monday.",
    "Shelling of Sotk on Tuesday brought swift condemnation from Yerevan.",
])
def test_a_capital_criticising_is_no_event_there(gazetteer, sentence):
    found = places(sentence, gazetteer)
    assert "Baku" not in found and "Yerevan" not in found


def test_a_family_from_a_town_building_is_its_home(gazetteer):
    text = "A family from a Ganja hostel had carried two suitcases and a sewing machine into the flat in Lachin."
    found = places(text, gazetteer)
    assert "Ganja" not in found and "Lachin" in found


@pytest.mark.parametrize("sentence", [
    "A man who returned to Fuzuli on Monday said he had brought earth from his father's grave in Mingachevir.",
    "She planted a rose from her grandmother's grave in Ganja beside the new house in Shusha.",
])
def test_a_relatives_grave_elsewhere_is_no_event(gazetteer, sentence):
    found = places(sentence, gazetteer)
    assert "Mingachevir" not in found and "Ganja" not in found and found


@pytest.mark.parametrize("sentence", [
    "Tegh is the last Armenian village on the main road east from Goris before the highway crosses the border.",
    "Kornidzor is the first village on the old road south from Goris.",
])
def test_the_last_village_on_a_road_is_geography(gazetteer, sentence):
    assert places(sentence, gazetteer) == set()


def test_the_last_village_on_a_road_shelled_is_still_news(gazetteer):
    text = "Tegh is the last village on the road to Goris that was shelled on Tuesday."
    assert "Tegh" in places(text, gazetteer)
