"""The diplomatic missions in a capital are where the envoys sit, as "the ambassadors in Baku" already are: "the
heads of the diplomatic missions in Yerevan were taken to X" tells X's news, not the capital's; a mission sent to
watch ("a monitoring mission in X") stays a place."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 10, 30)


def _places(text, gazetteer):
    return {(e["place"], e["layer"]) for e in extract_text(text, DAY, gazetteer, source="test")}


def test_diplomatic_missions_in_a_capital_only_locate(gazetteer):
    assert _places("On Thursday the heads of the diplomatic missions in Yerevan were taken to Kapan to see the "
                   "damaged school.", gazetteer) == {("Kapan", "other")}
    assert _places("Staff of the foreign missions in Baku toured Tartar on Monday.", gazetteer) == {("Tartar", "other")}


def test_a_mission_sent_to_a_town_stays(gazetteer):
    assert "Lachin" in {p for p, _ in _places("A monitoring mission in Lachin counted the lorries on the road.",
                                               gazetteer)}
