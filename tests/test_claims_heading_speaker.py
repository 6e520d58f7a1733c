"""A digest item opening with its outlet before a colon ("News.am: ...", "APA (Baku), Tuesday: ..."): a speaker the
sentence names itself claims what it says; the heading's outlet claims only a sentence that names no one."""

from tests.helpers import claimants

DIGEST = "Caucasus press digest, 14 March\n\n"


def test_a_speaker_in_a_relative_clause_wins_over_the_heading_outlet(gazetteer):
    text = DIGEST + ("News.am: Flights resumed at the Goris airfield, which its manager Levon Sargsyan said would "
                     "reopen the terminal in May.\n")
    assert claimants(text, gazetteer)["Goris"] == "Levon Sargsyan"


def test_a_speaker_telling_the_agency_wins_over_a_dated_heading(gazetteer):
    text = DIGEST + ("News.am (Yerevan), Tuesday: Flights resumed at the Goris airfield, the airfield's manager "
                     "Levon Sargsyan told the agency.\n")
    assert "Levon Sargsyan" in claimants(text, gazetteer)["Goris"]


def test_a_sentence_naming_no_one_stays_the_heading_outlet_s(gazetteer):
    text = DIGEST + "News.am: Flights resumed at the Goris airfield on Monday.\n"
    assert claimants(text, gazetteer)["Goris"] == "Armenian media"
