"""Who claims: a speaker joined to a report by ", and X said" speaks for himself; "the same statement" is the
issuer's before it; "what Baku calls X" names a place and claims nothing; "the same centre" after a centre the actor
table knows by that name is that body; a transcript turn that only adds a place ("And one near X as well") is the
account of the turn before."""

from geo.extract.claims import find_attributions
from tests.helpers import claimants


def test_a_speaker_joined_by_and_is_no_part_of_the_report_before():
    found = find_attributions("The agency has said that the bus was cancelled on Friday, and Aram said no one came.")
    assert [a.who for a in found] == ["agency", "Aram"]


def test_and_that_still_goes_on_with_the_report():
    found = find_attributions("The ministry said that shells hit Sotk, and that the villagers said they left.")
    assert [a.who for a in found] == ["ministry"]


def test_the_same_statement_is_its_issuers(gazetteer):
    text = ("Azerbaijan's defence ministry says its posts near Aghdam came under fire on Sunday. "
            "The same statement says that at noon soldiers tried to dig trenches near Shusha.")
    assert claimants(text, gazetteer)["Shusha"] == "Azerbaijani MoD"


def test_what_baku_calls_a_district_claims_nothing(gazetteer):
    text = ("The ministry also reported fire from Armenia: units in what Baku calls the Basarkechar district, "
            "it said, fired at positions near Yukhari Ayrim.")
    found = find_attributions(text)
    assert "Baku" not in [a.who for a in found]


def test_the_same_centre_after_the_information_centre(gazetteer):
    text = ("Lorries were stopped on their way to Goris, the information centre of the Karabakh authorities said. "
            "A bus from Stepanakert to Goris was cancelled too, the same centre said.")
    found = claimants(text, gazetteer)
    assert found["Goris"] == "Nagorno-Karabakh authorities"


def test_a_turn_adding_a_place_is_the_account_before(gazetteer):
    text = ("ANNA PETROSYAN: We start with the bulletin. Armenia's defence ministry says a drone tried to fly over "
            "its positions near Sotk on Saturday.\n\n"
            "DAVID SARGSYAN: And one near Tegh as well, a village by the border.")
    found = claimants(text, gazetteer)
    assert found["Tegh"] == found["Sotk"] == "Armenian MoD"
