"""A place destroyed during the occupation tells ruin of the past, not an attack, also where the sentence names who
destroyed it before the time ("destroyed by the Armenian side during the occupation") or tells the time first
("during the occupation half the forest of X was destroyed"). Destruction told with its weapon, or with a day, stays
shelling."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 8, 14)


def _pairs(text, gazetteer):
    return [(e["place"], e["layer"]) for e in extract_text(text, DAY, gazetteer, source="test")]


def test_who_destroyed_it_before_the_time(gazetteer):
    assert _pairs("The new families are from Dedeli, which was razed to the ground by the Armenian army during the "
                  "occupation.", gazetteer) == [("Dedeli", "other")]


def test_the_time_told_first(gazetteer):
    assert _pairs("In the years of occupation the old mill at Dedeli was destroyed, the official said.",
                  gazetteer) == [("Dedeli", "other")]


def test_destruction_with_its_weapon_or_day_stays_shelling(gazetteer):
    assert _pairs("Dedeli was destroyed by rocket fire during the occupation.", gazetteer) == [("Dedeli", "shelling")]
    assert _pairs("Houses in Dedeli were destroyed by the Armenian army on Saturday.",
                  gazetteer) == [("Dedeli", "shelling")]
