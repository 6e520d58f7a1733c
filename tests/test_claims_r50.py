"""Who claims: a presenter who reads out a body's statement passes on that body's account; a phrase that opens with a
preposition ("from the statements the host read out") is never a speaker."""

from geo.extract.claims import find_attributions
from tests.helpers import claimants


def test_a_statement_read_out_is_its_issuers(gazetteer):
    text = ("The presenter began with the news. She read out the statement of Armenia's Defence Ministry: "
            "Azerbaijani units fired on Sotk overnight.")
    assert claimants(text, gazetteer)["Sotk"] == "Armenian MoD"


def test_a_phrase_opening_with_a_preposition_is_no_speaker():
    found = find_attributions("Here are the main points from listeners and from the bulletins the presenter read out.")
    assert not [a for a in found if a.who.lower().startswith("from ")]


def test_the_same_centre_is_the_centre_named_before(gazetteer):
    text = ("According to the Information Center of the Karabakh authorities, no lorries crossed the Lachin corridor. "
            "Buses bound for Goris were stopped too, according to the same centre.")
    assert claimants(text, gazetteer)["Goris"] == "Nagorno-Karabakh authorities (Information Center)"


def test_a_spokesman_under_his_azerbaijani_spelling_is_his_ministry(gazetteer):
    text = "Ayxan Hajizada wrote on Twitter that soldiers came under fire near Tegh."
    assert claimants(text, gazetteer)["Tegh"] == "Azerbaijani government (Foreign Ministry)"
