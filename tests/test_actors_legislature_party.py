"""Speakers of the Soviet years and of Armenia's ruling party: the Supreme Soviet of the Azerbaijan SSR speaks for
Azerbaijan's government (as the sets annotate a side's bodies), another republic's Supreme Soviet is no such body,
and Civil Contract keeps its own name however it is written."""

import datetime

import pytest

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = datetime.date(1990, 3, 5)


@pytest.mark.parametrize("phrase, canonical", [
    ("the Supreme Soviet of the Azerbaijan SSR", "Azerbaijani government"),
    ("Azerbaijan's Supreme Soviet", "Azerbaijani government"),
    ("the Supreme Council of Azerbaijan", "Azerbaijani government"),
    ("the ruling Civil Contract party", "Civil Contract"),
    ("Civil Contract deputies", "Civil Contract"),
])
def test_the_names_read_as_their_row(phrase, canonical):
    assert canonical_actor(phrase) == canonical


@pytest.mark.parametrize("phrase", ["the Supreme Soviet of the Armenian SSR", "the Georgian Supreme Soviet",
                                    "the Supreme Soviet of the USSR"])
def test_other_supreme_soviets_are_not_azerbaijan_s(phrase):
    assert canonical_actor(phrase) != "Azerbaijani government"


def _claimants(text, gazetteer, day=DAY):
    return {c["place_name"]: c["claimed_by"] for c in extract_text(text, day, gazetteer)}


def test_the_supreme_soviet_claims_for_azerbaijan(gazetteer):
    text = "Azerbaijan's Supreme Soviet said in an appeal that the shelling of Aghdam had to stop."
    assert _claimants(text, gazetteer)["Aghdam"] == "Azerbaijani government"


def test_civil_contract_claims_under_its_name(gazetteer):
    text = "Lawmakers of the ruling Civil Contract party said the new road past Berd would open in spring."
    assert _claimants(text, gazetteer, datetime.date(2024, 5, 2))["Berd"] == "Civil Contract"
