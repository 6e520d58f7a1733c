"""Fighting men said to be wiped out or annihilated near a place are a strike's claim there (shelling); a thing
wiped out that is no unit under arms (money, a harvest, debts) is not."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 11, 7)


def _events(text, gazetteer):
    return [(e["place"], e["layer"]) for e in extract_text(text, DAY, gazetteer, source="test")]


def test_infantry_found_and_wiped_out_south_of_a_town(gazetteer):
    assert _events("The spokesman told of enemy infantry spotted and wiped out to the north of Martuni during "
                   "the night.", gazetteer) == [("Martuni", "shelling")]


def test_a_unit_annihilated_near_a_town(gazetteer):
    assert _events("The ministry said an Armenian tank unit had been annihilated near Fuzuli.",
                   gazetteer) == [("Fuzuli", "shelling")]


def test_a_sabotage_group_annihilated(gazetteer):
    assert _events("An Azerbaijani sabotage group was annihilated outside Martakert, the army said.",
                   gazetteer) == [("Martakert", "shelling")]


def test_savings_wiped_out_are_no_strike(gazetteer):
    assert ("Fuzuli", "shelling") not in _events("The company's savings in Fuzuli were wiped out when the bank "
                                                 "closed.", gazetteer)


def test_a_harvest_wiped_out_by_hail_is_no_strike(gazetteer):
    assert ("Tartar", "shelling") not in _events("The harvest near Tartar was wiped out by hail last week.", gazetteer)


def test_debts_wiped_out_are_no_strike(gazetteer):
    assert all(layer != "shelling" for _, layer in _events(
        "Soldiers who came home to Goris said their families' debts had been wiped out by the new law.", gazetteer))
