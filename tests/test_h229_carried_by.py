"""A report or a body set off with ", as carried by X," or ", as relayed by X," before its verb is the one that speaks:
the outlet only passes its words on, as ", as quoted by X," is read (the innermost source); an outlet that carried a
report and said something itself still speaks for itself."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2016, 4, 5)


def _claims(text, gazetteer):
    return {(e["place"], e["claimed_by"]) for e in extract_text(text, DAY, gazetteer, source="test")}


def test_the_same_report_as_carried_by_an_outlet_stays_the_ministrys(gazetteer):
    text = ("Azerbaijan's defence ministry said on Monday that Armenian units had fired on Tartar. "
            "The same report, as carried by Trend, said positions near Aghdam had come under mortar fire.")
    claims = _claims(text, gazetteer)
    assert ("Aghdam", "Azerbaijani MoD") in claims


def test_a_ministry_as_relayed_by_an_agency_speaks(gazetteer):
    claims = _claims("Armenia's defence ministry, as relayed by Armenpress, said Azerbaijani troops had shelled "
                     "Chinari overnight.", gazetteer)
    assert ("Chinari", "Armenian MoD") in claims


def test_an_outlet_that_carried_a_report_and_said_so_is_its_own_source(gazetteer):
    claims = _claims("Trend carried the report on Monday and said Aghdam had been shelled.", gazetteer)
    assert ("Aghdam", "Azerbaijani MoD") not in claims
