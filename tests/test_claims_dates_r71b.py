"""A document's publisher named on a line of its own, and older names of known bodies: a digest of a report that
gives the report's publisher on a "Published by:" line (or "Issued by", "Compiled by") reads every later "the report
says", "according to the report" or "It adds" as that body's claim, as a report named "of" its body in a sentence
already is; "the report" said again keeps that publisher, while another report named ("its annual report", "a report
by ...") ends it, as before. Human Rights Watch is also written by the name of its division that Helsinki Watch became,
Human Rights Watch/Helsinki, and TASS by its name of 1992-2014, ITAR-TASS: the actor table lists both, with sources,
so an item headed "ITAR-TASS" in a monitoring digest is that agency's. (The bare former name Helsinki Watch is left
out: listed, it made "officials quoted by Helsinki Watch" the group's claim instead of the officials'.)"""

import datetime as dt

from tests.helpers import claimant_of, claimants

PUBLISHED = dt.date(1993, 5, 10)

DIGEST = """MONITOR OF RIGHTS REPORTS
Summaries for subscribers

REPORT: "Fire on the Plain: Civilians in the Fighting around Fuzuli"
PUBLISHED BY: Human Rights Watch/Helsinki (formerly Helsinki Watch), New York, April 1993

What the report found
The report states that artillery fire hit the town of Fuzuli on the night of 2 to 3 April.

The report notes that in 1989 Horadiz had only 900 residents.

Several hundred families were sheltered in Beylagan, according to the report.
"""


def test_the_report_of_a_publisher_line_is_that_body_s(gazetteer):
    assert claimant_of("Fuzuli", DIGEST, gazetteer, published=PUBLISHED) == "Human Rights Watch"


def test_the_report_said_again_keeps_its_publisher(gazetteer):
    assert claimant_of("Horadiz", DIGEST, gazetteer, published=PUBLISHED) == "Human Rights Watch"
    assert claimant_of("Beylagan", DIGEST, gazetteer, published=PUBLISHED) == "Human Rights Watch"


def test_another_report_named_ends_the_publisher(gazetteer):
    text = DIGEST + ("\nThe Azerbaijani Interior Ministry published its own report in May.\n\n"
                     "The report says shells fell on Tartar that week.\n")
    assert claimant_of("Tartar", text, gazetteer, published=PUBLISHED) == "Azerbaijani government (Interior Ministry)"


def test_a_publisher_line_of_an_unknown_body_names_no_claimant(gazetteer):
    text = DIGEST.replace("Human Rights Watch/Helsinki (formerly Helsinki Watch)", "the Riverside Press")
    assert claimant_of("Fuzuli", text, gazetteer, published=PUBLISHED) != "Human Rights Watch"


def test_published_by_inside_a_sentence_is_no_publisher_line(gazetteer):
    text = ("A book published by Human Rights Watch lay on the table.\n\n"
            "The report says that shells fell on Fuzuli overnight.\n")
    assert claimant_of("Fuzuli", text, gazetteer, published=PUBLISHED) != "Human Rights Watch"


def test_the_helsinki_division_is_human_rights_watch(gazetteer):
    text = "Human Rights Watch/Helsinki said artillery fire hit Tartar on Monday."
    assert claimant_of("Tartar", text, gazetteer, published=PUBLISHED) == "Human Rights Watch"


def test_itar_tass_is_russian_media(gazetteer):
    text = "ITAR-TASS reported that artillery shelled Tartar on Sunday night."
    assert claimant_of("Tartar", text, gazetteer, published=PUBLISHED) == "Russian media"


def test_officials_quoted_by_helsinki_watch_keep_the_claim(gazetteer):
    text = ("According to Azerbaijani officials quoted by Helsinki Watch, shelling of Tartar in May killed "
            "two men.")
    assert claimant_of("Tartar", text, gazetteer, published=PUBLISHED) != "Human Rights Watch"
