"""Azerbaijan's State Committee for Family, Women and Children Affairs is a body of the Azerbaijani government under
its own name (a count of the war's dead and injured it publishes is its claim), also when "the committee" speaks
again; the refugees' committee keeps its own row."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 10, 27)
FAMILY = "Azerbaijani government (State Committee for Family, Women and Children Affairs)"


def _claims(text, gazetteer):
    return {(e["place"], e["claimed_by"]) for e in extract_text(text, DAY, gazetteer, source="test")}


def test_family_committee_speaks_under_its_name(gazetteer):
    assert _claims("The State Committee for Family, Women and Children Affairs said that 14 children had been hurt "
                   "when rockets struck Tartar during the war.", gazetteer) == {("Tartar", FAMILY)}


def test_the_committee_after_it_is_the_same_body(gazetteer):
    assert _claims("The State Committee for Family, Women and Children Affairs published its figures on Monday. "
                   "The committee said that 9 women had been killed by shells in Goranboy.",
                   gazetteer) == {("Goranboy", FAMILY)}


def test_refugees_committee_keeps_its_row(gazetteer):
    assert _claims("The State Committee for Refugees and IDPs said that shells had fallen on Tartar overnight.",
                   gazetteer) == {("Tartar", "Azerbaijani government (State Committee for Refugees and IDPs)")}
