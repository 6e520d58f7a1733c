"""A statement under a letterhead: the body's name in capitals on the first line and the kind of text on the next.
Its unattributed paragraphs are the body's claims, up to the publisher's own note; a banner naming no known body
(a desk's, a feature's) gives none."""

from tests.helpers import claimant_of

STATEMENT = ("MINISTRY OF DEFENCE OF THE REPUBLIC OF AZERBAIJAN\n\n"
             "Information (unofficial translation), 12 May 2021\n\n"
             "Late on 11 May, units of the Armenian armed forces fired at Azerbaijani positions near the village of "
             "Alibeyli in the Tovuz district.\n\n"
             "No one was hurt.\n\n"
             "EDITOR'S NOTE\n\n"
             "Farmers on the edge of Tovuz finished sowing in the spring.\n")


def test_a_letterhead_s_body_claims_its_statement(gazetteer):
    assert claimant_of("Alibeyli", STATEMENT, gazetteer) == "Azerbaijani MoD"


def test_the_publisher_s_note_is_not_the_statement(gazetteer):
    assert claimant_of("Tovuz", STATEMENT, gazetteer) != "Azerbaijani MoD"


def test_a_banner_naming_no_body_is_no_letterhead(gazetteer):
    text = ("BORDER VILLAGES DESK\n\n"
            "Statement of the week, 12 May 2021\n\n"
            "Shots were fired at the village of Alibeyli in the Tovuz district on Tuesday night.\n")
    assert claimant_of("Alibeyli", text, gazetteer) != "Azerbaijani MoD"


def test_a_government_centre_s_communique_is_the_government_s(gazetteer):
    text = ("GOVERNMENT HUMANITARIAN CENTRE\n\n"
            "Communiqué on the placement of displaced families, 4 October 2023\n\n"
            "Families have been placed in guesthouses in Jermuk and Yeghegnadzor.\n")
    assert claimant_of("Jermuk", text, gazetteer) == "Armenian government (humanitarian centre)"
