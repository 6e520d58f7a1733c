"""Claimants and places of general wordings, in sentences written for this test: an outlet cited by a bare name
that reads like a common word ("according to Report") is that outlet, not one heard before; an agency named after
its nation and kind is as the actor table reads its name ("the Turkish agency IHA"); a bare "the presidential
administration" or "the administration" is the presidency of the side whose administration the article names, or
of the side it is about; a document a body sent ("the invitation recalled") speaks for that body; the exclave
named by its capital is a journey's end when flown or sent from it, shuttled to, or listed among destinations."""

import datetime

import pytest

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = datetime.date(2024, 5, 20)


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def _places(text):
    return {name for e in extract_text(text, DAY) for name in e["place_name"].split(";")}


# an outlet cited by a bare name that is also a common word


@pytest.mark.parametrize("text", [
    "Deputy Defence Minister Karim Valiyev inspected the units on Friday. A shepherd was hurt by a mine near Kalbajar "
    "on 12 May, according to Report.",
    "Deputy Defence Minister Karim Valiyev inspected the units on Friday. According to Report, two deminers were hurt "
    "by a mine near Kalbajar on 12 May.",
])
def test_an_outlet_cited_by_its_bare_name_is_that_outlet(text):
    assert _claims(text)["Kalbajar"] == "Report"


@pytest.mark.parametrize("text", [
    # "the report", "a report": a document, the one named before
    "Deputy Defence Minister Karim Valiyev inspected the units on Friday. A shepherd was hurt by a mine near Kalbajar "
    "on 12 May, according to the report.",
    "Deputy Defence Minister Karim Valiyev inspected the units on Friday. A shepherd was hurt by a mine near Kalbajar "
    "on 12 May, according to a report.",
    # a sentence's first word is capitalised anyway
    "Deputy Defence Minister Karim Valiyev inspected the units on Friday. Report said a shepherd was hurt by a mine "
    "near Kalbajar on 12 May.",
])
def test_the_report_or_a_capitalised_opening_word_is_no_outlet(text):
    assert _claims(text)["Kalbajar"] != "Report"


# an agency after its nation and kind


def test_the_table_knows_the_turkish_agency_iha():
    assert canonical_actor("IHA") == "Turkish media"
    assert canonical_actor("Ihlas News Agency") == "Turkish media"


@pytest.mark.parametrize("text, claimant", [
    ("The Turkish agency IHA reported that a convoy had reached Aghdam on 14 May.", "Turkish media"),
    ("A convoy reached Aghdam on 14 May, the Turkish agency IHA reported.", "Turkish media"),
    ("The Azerbaijani agency Turan reported that a convoy had reached Aghdam on 14 May.", "Azerbaijani media"),
    # an outlet the table keeps apart from its nation's press is that outlet, not the press
    ("The Russian agency Vestnik Kavkaza reported that a convoy had reached Aghdam on 14 May.",
     "Russian media (Vestnik Kavkaza)"),
])
def test_an_agency_named_after_its_kind_is_as_the_table_reads_it(text, claimant):
    assert _claims(text)["Aghdam"] == claimant


def test_an_unlisted_agency_of_a_listed_press_stays_that_press():
    text = "The Turkish agency Kuzey reported that a convoy had reached Aghdam on 14 May."
    assert _claims(text)["Aghdam"] == "Turkish media"


# a bare presidential administration


@pytest.mark.parametrize("text", [
    "Azerbaijan's presidential administration held a meeting on the resettlement.\n"
    "Forty houses in Zangilan will be handed over on 1 July, the presidential administration said.",
    "Azerbaijan's presidential administration held a meeting on the resettlement.\n"
    "By the administration's account, forty houses in Zangilan will be handed over on 1 July.",
    "The Azerbaijani presidential administration held a meeting on the resettlement.\n"
    "Forty houses in Zangilan will be handed over on 1 July, according to the administration.",
    # no administration named: the side the article is plainly about
    "Azerbaijani engineers cleared the fields near Fuzuli. Azerbaijani officials toured the new school.\n"
    "Forty houses in Zangilan will be handed over on 1 July, the presidential administration said.",
])
def test_a_bare_presidential_administration_is_its_side_s_presidency(text):
    assert _claims(text)["Zangilan"] == "Azerbaijani presidency (Ilham Aliyev)"


def test_armenia_s_presidential_administration_named_before():
    text = ("Armenia's presidential administration received the families on Monday.\n"
            "Buses brought another 300 people to Goris on 19 May, the presidential administration said.")
    assert _claims(text)["Goris"] == "Armenian presidency"


@pytest.mark.parametrize("text", [
    # both sides' administrations: neither is meant
    "The Azerbaijani and Armenian presidential administrations exchanged letters.\n"
    "Forty houses in Zangilan will be handed over on 1 July, the administration said.",
    # a district's administration is no presidency
    "The district administration met the farmers in Zangilan on Monday.\n"
    "Forty houses in Zangilan will be handed over on 1 July, the administration said.",
])
def test_an_administration_of_no_one_presidency_stays_unresolved(text):
    assert "presidency" not in _claims(text)["Zangilan"]


def test_the_government_after_a_presidential_administration_is_still_the_government():
    text = ("Azerbaijan's presidential administration held a meeting on the resettlement.\n"
            "Forty houses in Zangilan will be handed over on 1 July, the government said.")
    assert _claims(text)["Zangilan"] == "Azerbaijani government"


# a document's words are its sender's


@pytest.mark.parametrize("text, place, claimant", [
    ("Azerbaijan's Foreign Ministry sent an invitation to the foreign envoys on Monday.\n"
     "The invitation recalled that mines had killed two deminers near Lachin on 9 May.", "Lachin",
     "Azerbaijani government (Foreign Ministry)"),
    ("The Armenian Foreign Ministry sent a letter to the OSCE on Tuesday.\n"
     "The letter recalled that a house in Sotk had been hit on 15 May.", "Sotk",
     "Armenian government (Foreign Ministry)"),
    ("The Armenian Foreign Ministry issued an appeal to the Red Cross on Tuesday.\n"
     "The appeal recalled that a house in Sotk had been hit on 15 May.", "Sotk",
     "Armenian government (Foreign Ministry)"),
    ("Azerbaijan's Foreign Ministry issued a statement on Monday.\n"
     "The statement recalled that mines had killed two deminers near Lachin on 9 May.", "Lachin",
     "Azerbaijani government (Foreign Ministry)"),
])
def test_a_document_speaks_for_the_body_that_sent_it(text, place, claimant):
    assert _claims(text)[place] == claimant


def test_a_document_with_no_sender_named_has_no_claimant():
    text = "The letter recalled that a house in Sotk had been hit on 15 May."
    assert not _claims(text).get("Sotk")


# the exclave named by its capital as a journey's end


@pytest.mark.parametrize("text", [
    "The airline resumed its flights from Nakhchivan to Ganja on 10 May.",
    "All flights from Nakhchivan were cancelled on 10 May because of fog.",
    "Two cargo planes were shuttling between Ganja and Nakhchivan on 10 May.",
    "Field hospitals were sent to Nakhchivan and Lankaran on 10 May.",
    "Field hospitals were sent to Ganja, Nakhchivan and Lankaran on 10 May.",
    "Wounded soldiers were flown from Nakhchivan to Baku on 10 May.",
])
def test_the_exclave_as_a_journey_s_end_is_a_place(text):
    assert "Nakhchivan" in _places(text)


@pytest.mark.parametrize("text", [
    "Refugees from Nakhchivan reached Ganja on 10 May.",                 # where they come from
    "A delegation from Nakhchivan arrived in Baku on 10 May.",
    "Talks between Baku and Nakhchivan went on for hours on 10 May.",    # no journey
    "Troops were sent to the border between Armenia and Nakhchivan on 10 May.",
    "Field hospitals were sent to the Nakhchivan exclave and Ganja on 10 May.",
    "A soldier was wounded on the Nakhchivan border on 10 May.",
])
def test_the_exclave_s_people_border_or_name_is_no_journey_end(text):
    assert "Nakhchivan" not in _places(text)
