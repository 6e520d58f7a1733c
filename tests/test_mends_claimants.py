"""Claimants of general wordings: a body an outlet cites by its noun, an outlet going by another's report, verbs of
noticing and recalling, outlets named as a writer's employer, the one met who tells, a foreign ministry named by its
nation."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = dt.date(2024, 3, 18)


def claimants(text, place):
    """The claimants of the events at ``place`` (a sorted set)."""
    return sorted({e["claimed_by"] for e in extract_text(text, DAY) if e["place"] == place})


# 1. an outlet citing a body by its noun, the body named before: the body (the innermost source)

def test_an_outlet_citing_the_airline_named_before_gives_the_airline_s_claim():
    text = ("Azerbaijan Airlines (AZAL) added a second daily flight to Nakhchivan in March. On Friday, Report said, "
            "citing the airline, that snow kept the evening plane on the ground at Nakhchivan.")
    assert claimants(text, "Nakhchivan")[-1:] == ["Azerbaijan Airlines"]


def test_the_airline_s_press_service_speaks_for_the_airline_named_before():
    text = ("Azerbaijan Airlines runs the only flights to Nakhchivan. The airline's press service said that a "
            "thunderstorm near Nakhchivan airport turned the morning plane back on Friday.")
    assert "Azerbaijan Airlines" in claimants(text, "Nakhchivan")


def test_the_table_knows_the_airline_by_its_short_name():
    assert canonical_actor("AZAL") == canonical_actor("Azerbaijan Airlines") == "Azerbaijan Airlines"


@pytest.mark.parametrize("cited", ["bad weather", "the airline"])
def test_an_outlet_citing_a_reason_or_an_airline_never_named_is_still_the_outlet(cited):
    # ("citing bad weather" gives a reason; "the airline" with none named before is no one to resolve)
    text = f"Trend said, citing {cited}, that the evening plane stayed on the ground at Nakhchivan on Friday."
    assert claimants(text, "Nakhchivan") == ["Azerbaijani media"]


# 2. an outlet going by another's pictures or report: the innermost source

def test_an_outlet_going_by_another_s_footage_gives_that_one_s_claim():
    text = "Interfax, going by AzTV's footage, said that artillery hit Tovuz on Sunday."
    assert claimants(text, "Tovuz") == ["Azerbaijani media"]


def test_an_outlet_relying_on_the_agency_s_report_gives_the_agency_named_before():
    text = ("A mine wounded a deminer near Aghdam, the Mine Action Agency (ANAMA) said. Sputnik, relying on the "
            "agency's report, wrote that a second mine went off near Fuzuli on Sunday.")
    assert claimants(text, "Fuzuli") == ["Azerbaijani government (ANAMA)"]


def test_an_outlet_going_by_a_road_is_no_source():
    text = "Interfax, going by the old road, reported that artillery hit Tovuz on Sunday."
    assert claimants(text, "Tovuz") == ["Russian media"]


# 3. verbs of noticing and recalling

def test_an_outlet_that_noticed_something_claims_it():
    text = "Sputnik Armenia noticed that Azerbaijani soldiers had put up new posts near Jermuk."
    assert claimants(text, "Jermuk") == ["Russian media"]


def test_a_minister_who_recalled_a_protocol_claims_what_it_says():
    text = ("Defence Minister Suren Papikyan answered questions in parliament. He recalled a protocol that "
            "Azerbaijani soldiers had crossed the line near Jermuk.")
    assert claimants(text, "Jermuk") == ["Armenian MoD"]


def test_noticing_a_thing_is_no_claim():
    text = "Villagers noticed smoke above Jermuk on Sunday."
    assert claimants(text, "Jermuk") == [""]


# 4. outlets named as a writer's employer or a source

@pytest.mark.parametrize("phrase, outlet", [
    ("Eurasianet", "Eurasianet"), ("according to Eurasianet", "Eurasianet"), ("the Guardian", "The Guardian"),
    ("The Observer", "The Observer"), ("the Guardian's correspondent", "The Guardian"),
    ("Eurasianet's reporter", "Eurasianet")])
def test_outlets_the_news_cites_are_media_rows(phrase, outlet):
    assert canonical_actor(phrase.replace("according to ", "")) == outlet


@pytest.mark.parametrize("phrase, actor", [("an observer", None), ("a UN observer", "UN"), ("a legal guardian", None)])
def test_a_common_noun_in_lower_case_is_no_outlet(phrase, actor):
    assert canonical_actor(phrase) == actor


def test_a_reporter_writing_for_an_outlet_reports_its_piece():
    text = "A reporter for Eurasianet saw burned-out houses in Goris."
    assert claimants(text, "Goris") == ["Eurasianet"]


def test_the_guardian_s_named_writer_reports_what_he_found():
    text = "The Guardian's Luke Harding met a family still living in a school in Goris."
    assert claimants(text, "Goris") == ["Luke Harding"]


# 5. the one met who tells

def test_a_minister_met_who_told_the_writer_is_the_claimant():
    text = "Our reporter drove to Goris and met a minister who told her that the road through Lachin was closed."
    assert claimants(text, "Lachin") == ["a minister"]


def test_an_office_met_who_told_the_writer_resolves_through_the_table():
    text = "She met the Armenian foreign minister who told her that the road through Lachin was closed."
    assert claimants(text, "Lachin") == ["Armenian government (Foreign Ministry)"]


def test_those_who_met_someone_still_speak_themselves():
    text = "Officials who met the governor said that shells hit Tegh on Sunday."
    assert claimants(text, "Tegh") == ["Officials"]


# 6. a foreign country's ministry, named by its nation

@pytest.mark.parametrize("phrase", ["Iran's energy ministry", "the Iranian energy ministry", "Iran's Ministry of Energy",
                                    "the Iranian Energy Ministry"])
def test_iran_s_energy_ministry_is_one_actor_however_written(phrase):
    assert canonical_actor(phrase) == "Iranian government (Energy Ministry)"


def test_a_sentence_of_iran_s_energy_ministry_is_claimed_by_it():
    text = "Iran's energy ministry said that the power line near Meghri was cut on Sunday."
    assert claimants(text, "Meghri") == ["Iranian government (Energy Ministry)"]


# a writer named with the outlet they write for signs the piece (the outlet a row of the table or not)

@pytest.mark.parametrize("outlet", ["the Guardian", "Meydan TV", "Eurasianet"])
def test_a_writer_named_of_an_outlet_is_the_claimant(outlet):
    text = f"Anna Grigoryan of {outlet} writes that some 300 families live in railway carriages at Saatli."
    assert claimants(text, "Saatli") == ["Anna Grigoryan"]


def test_a_spokesman_named_of_a_ministry_still_speaks_for_it():
    text = "Vagif Dargahli of the Defence Ministry said that shells hit Tovuz on Sunday."
    assert claimants(text, "Tovuz") == ["Azerbaijani MoD"]
