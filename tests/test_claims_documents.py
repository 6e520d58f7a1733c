"""The findings, results or conclusions "of X" are X's claim, and a court of a side's state speaks for its
government."""

from tests.helpers import claimants


def test_the_findings_of_a_state_s_court_are_its_government_s(gazetteer):
    text = ("According to the conclusions of the Armenian court, the two men crossed the border near Margara in "
            "May 2019.")
    assert claimants(text, gazetteer)["Margara"] == "Armenian government"


def test_the_results_of_a_body_are_the_body_s(gazetteer):
    text = "According to the results of the fact-finding mission, the fire near Tegh was set on purpose."
    assert claimants(text, gazetteer)["Tegh"] == "fact-finding mission"
