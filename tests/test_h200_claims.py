"""A source, or its report, that describes what the sentence tells: "As Interfax describes it" is Interfax's."""

from tests.helpers import claimants


def test_as_the_agency_describes_it(gazetteer):
    found = claimants("As Interfax describes it, shells hit Goris on Monday.", gazetteer)
    assert found["Goris"] == "Russian media", found


def test_as_the_agencys_report_describes_it(gazetteer):
    found = claimants("As Reuters's report described it, lorries queued for hours on the road into Kapan.", gazetteer)
    assert found["Kapan"] == "Reuters", found


def test_a_report_without_a_name_stays_the_articles(gazetteer):
    found = claimants("As the report describes it, shells hit Goris on Monday.", gazetteer)
    assert found["Goris"] == "", found
