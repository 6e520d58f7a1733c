"""The places something is only said to matter for ("the peak matters for A and for the nearby villages of B and C",
"the road is vital for D", "the height is strategically important for E") name no event: what a place means to them,
nothing that happened there. A place named after the words with harm told after it, or before the words, keeps its
news."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 12, 10)


def _places(text, gazetteer):
    return {e["place"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_the_peak_matters_for_the_villages(gazetteer):
    places = _places("He said the road across the pass had been closed, and that the peak matters for Kapan and for "
                     "the nearby villages of Agarak and Kajaran.", gazetteer)
    assert not {"Kapan", "Agarak", "Kajaran"} & places


def test_strategically_important(gazetteer):
    assert "Goris" not in _places("The height is strategically important for Goris.", gazetteer)


def test_vital_for(gazetteer):
    assert "Kapan" not in _places("Officials say the pass is vital for Kapan.", gazetteer)


# near sentences: harm told after the place, or the place before the words

def test_vital_for_a_town_shelled(gazetteer):
    events = extract_text("The road is vital for Kapan, which was shelled on Monday.", DAY, gazetteer, source="test")
    assert [(e["place"], e["layer"]) for e in events] == [("Kapan", "shelling")]


def test_shelled_town_described_after(gazetteer):
    assert "Goris" in _places("Shells fell on Goris, which is important for the region.", gazetteer)


def test_a_road_closed_keeps_its_town(gazetteer):
    assert "Goris" in _places("The road to Goris, vital for trade, was closed on Monday.", gazetteer)
