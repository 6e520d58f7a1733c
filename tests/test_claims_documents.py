"""A document an article prints in full is its issuer's (the title names the issuer), up to the publisher's notes;
the findings, results or conclusions "of X" are X's claim, and a court of a side's state speaks for its
government; a transcript's question reports no event."""

from tests.helpers import claimants, rows

PRINTED_IN_FULL = ("Armenian foreign ministry on the border: the complete text\n\n"
                   "Shops in Ijevan stayed closed on Friday, our correspondent reports. The ministry's statement "
                   "follows as it was released.\n\n"
                   "Statement of the Ministry of Foreign Affairs of Armenia on the situation on the state border.\n\n"
                   "On the night of 3 June positions near Sotk came under fire from large-calibre weapons.\n\n"
                   "A house in Jermuk was damaged by shelling.\n\n"
                   "[Editor's note: the statement does not say how many shells fell.]\n\n"
                   "[A shell also fell near Vardenis, a farmer told us.]")


def test_a_document_printed_in_full_is_its_issuer_s(gazetteer):
    found = claimants(PRINTED_IN_FULL, gazetteer)
    assert found["Sotk"] == found["Jermuk"] == "Armenian government (Foreign Ministry)"


def test_the_publisher_s_framing_and_notes_are_not_the_issuer_s(gazetteer):
    found = claimants(PRINTED_IN_FULL, gazetteer)
    assert found.get("Ijevan", "") != "Armenian government (Foreign Ministry)"
    assert found.get("Vardenis", "") != "Armenian government (Foreign Ministry)"


def test_a_title_with_no_text_given_in_full_credits_no_one(gazetteer):
    text = PRINTED_IN_FULL.replace(": the complete text", "")
    assert claimants(text, gazetteer)["Jermuk"] == ""


def test_the_findings_of_a_state_s_court_are_its_government_s(gazetteer):
    text = ("According to the conclusions of the Armenian court, the two men crossed the border near Margara in "
            "May 2019.")
    assert claimants(text, gazetteer)["Margara"] == "Armenian government"


def test_the_results_of_a_body_are_the_body_s(gazetteer):
    text = "According to the results of the fact-finding mission, the fire near Tegh was set on purpose."
    assert claimants(text, gazetteer)["Tegh"] == "fact-finding mission"


def test_a_transcript_s_question_reports_nothing(gazetteer):
    text = ("Q: Have you been back to Goris since the winter?\n"
            "A: No. I stay at home with my mother.")
    assert not [c for c in rows(text, gazetteer) if "Goris" in c["place_name"]]


def test_a_statement_inside_a_question_keeps_its_event(gazetteer):
    text = ("Q: The ministry says a drone came down near Jermuk on Sunday. Is that what you saw?\n"
            "A: I saw smoke, nothing more.")
    assert [c for c in rows(text, gazetteer) if "Jermuk" in c["place_name"]]


OWN_RELEASE = ("New water main reaches Goris\n\n"
               "Yerevan, 4 June 2012 — Press office of the Ministry of Agriculture\n\n"
               "The Ministry of Agriculture informs that the water main to Goris was completed on Friday.\n\n"
               "Crews laid the last pipes near Sisian over the weekend.\n\n"
               "Work towards Kapan will start in the autumn.")


def test_a_body_s_own_release_is_its_words_paragraph_by_paragraph(gazetteer):
    found = claimants(OWN_RELEASE, gazetteer)
    assert found["Sisian"] == found["Kapan"] == "Armenian government (Ministry of Agriculture)"


def test_a_report_quoting_a_press_office_is_no_release(gazetteer):
    text = OWN_RELEASE.replace("Yerevan, 4 June 2012 — Press office of the Ministry of Agriculture",
                               "Yerevan, 4 June 2012 — Our correspondent")
    assert claimants(text, gazetteer)["Kapan"] == ""



ARMY_BULLETIN = ("Second day of the river-crossing drill\n\n"
                 "Tehran, 12 May 2022, 18:30 | Press office (English service)\n\n"
                 "This update covers the second day of the spring drill of the Army Ground Forces near the border.\n\n"
                 "12 May, 07:00: engineer units laid a bridge over the river near Julfa.\n\n"
                 "12 May, 10:15: paratroopers landed on the hills above the Khoda Afarin bridges.\n\n"
                 "Note for editors: a villager near Jolfa said he had heard firing all day.")


def test_a_press_office_bulletin_naming_itself_is_its_body_s(gazetteer):
    found = claimants(ARMY_BULLETIN, gazetteer)
    assert found["Khudafarin Bridges"] == "Iranian Army"


def test_a_bulletin_naming_no_body_of_its_own_credits_no_one(gazetteer):
    text = ARMY_BULLETIN.replace("of the spring drill of the Army Ground Forces near the border",
                                 "of the spring drill near the border")
    assert claimants(text, gazetteer)["Khudafarin Bridges"] == ""


def test_a_newsroom_s_dateline_is_no_press_office(gazetteer):
    text = ARMY_BULLETIN.replace("| Press office (English service)", "| Our correspondent")
    assert claimants(text, gazetteer)["Khudafarin Bridges"] == ""


def test_a_ministry_s_press_service_bulletin_is_the_ministry_s(gazetteer):
    text = ("Roads cleared after the storm\n\n"
            "Yerevan, 3 February 2023 | Press service\n\n"
            "This summary is a daily report of the Ministry of Emergency Situations.\n\n"
            "3 February, 08:00: rescuers reopened the road between Sisian and Goris.\n\n"
            "3 February, 12:30: snow was cleared from the pass near Vardenis.")
    assert claimants(text, gazetteer)["Vardenis"] == "Armenian government (Ministry of Emergency Situations)"
