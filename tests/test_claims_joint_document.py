"""A joint text of two states printed whole: its kind alone on the first line ("JOINT STATEMENT"), the issuers on the
next ("of the foreign ministers of X and Y"). Its unattributed paragraphs are claimed by both sides, one row each,
never by one merged claimant; an ordinary headline naming a joint statement makes no document."""

from tests.helpers import all_claimants

MINISTERS = ("JOINT STATEMENT\n\n"
             "by the foreign ministers of Armenia and the Republic of Azerbaijan following their talks in Geneva\n\n"
             "Released on 9 March 2022\n\n"
             "1. The ministers reviewed the situation on the road through Lachin.\n\n"
             "2. Traffic between Goris and Kapan is to be kept open at all times.\n")

COMMISSIONS = ("Joint communiqué\n\n"
               "of the session of the intergovernmental commissions of Georgia and Azerbaijan on trade and transit\n\n"
               "The session was held in Gardabani on 4 October 2021.\n\n"
               "The road crossing at Red Bridge will stay open around the clock.\n")


def test_a_joint_statement_s_paragraphs_are_both_ministries_claims(gazetteer):
    found = all_claimants(MINISTERS, gazetteer)
    assert found["Lachin"] == ["Armenian government (Foreign Ministry)", "Azerbaijani government (Foreign Ministry)"]


def test_bodies_the_table_does_not_know_speak_for_their_governments(gazetteer):
    found = all_claimants(COMMISSIONS, gazetteer)
    assert found["Gardabani"] == ["Azerbaijani government", "Georgian government"]


def test_a_headline_naming_a_joint_statement_is_no_document(gazetteer):
    text = ("Joint statement of Armenia and Azerbaijan expected next week\n\n"
            "Traffic was slow through Goris on Monday.\n")
    assert all_claimants(text, gazetteer)["Goris"] == [""]
