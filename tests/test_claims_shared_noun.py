"""Two bodies of one side named with one noun ("the foreign and defence ministries") speak together: as the one
actor both are, or as the government both belong to; their commentary, named again later, is still theirs."""

from tests.helpers import claimant_pairs


def test_two_ministries_of_one_government_are_that_government(gazetteer):
    text = ("On 3 June the press services of the Armenian foreign and defence ministries said in a joint note "
            "that rockets had struck a school in Tegh.")
    assert claimant_pairs(text, gazetteer) == [("Tegh", "Armenian government")]


def test_a_commentary_named_again_is_its_issuers(gazetteer):
    text = ("In a joint commentary, the Karabakh foreign and defence ministries said mortar rounds had fallen on "
            "Khndzoresk.\n\n"
            "According to the commentary, the mortars stood on a hill above Kornidzor.")
    assert claimant_pairs(text, gazetteer) == [("Khndzoresk", "Nagorno-Karabakh authorities"),
                                          ("Kornidzor", "Nagorno-Karabakh authorities")]
