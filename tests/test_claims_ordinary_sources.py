"""Ordinary people as sources (drivers, a channel's subscribers) are one claimant, residents, however the place
they wait at is named; a state's consulate, a province's governor's office and Georgia's authorities are their
state's bodies; "had already reported" and "at the start of the month" do not hide the speaker; a demand is a
claim."""

import pytest

from geo.extract.actors import canonical_actor
from tests.helpers import claimant_of


@pytest.mark.parametrize("text, place", [
    # a driver placed on a side: the side names where he waits, not who speaks
    ("The barrier at Meghri stayed down all morning, according to a lorry driver waiting on the Iranian side.",
     "Meghri"),
    ("According to one driver who was stuck on the Armenian side of the post, traffic through Kornidzor had stopped.",
     "Kornidzor"),
    # a channel's or a paper's subscribers, and one of them writing in
    ("Our subscribers in Ijevan report that the road to Noyemberyan was open again on Sunday.", "Noyemberyan"),
    ("Buses were leaving Goris for Kapan every hour, a subscriber writes.", "Kapan"),
    # drivers placed by a word for where they are
    ("Drivers there say the queue outside Agarak is shorter than last week.", "Agarak"),
    # a trade in lower case, after an opening phrase, with a long tail before its verb
    ("Outside the customs yard, tanker drivers heading for the Iranian border said the crossing at Meghri had been "
     "shut for two days.", "Meghri"),
    ("On the hard shoulder, minibus drivers coming back from the market said the road to Sisian was blocked by snow.",
     "Sisian"),
    ("Near the weighbridge, lorry drivers bound for the Black Sea port of Batumi said the road to Ijevan was shut.",
     "Ijevan"),
])
def test_drivers_and_subscribers_are_residents(gazetteer, text, place):
    # counted with the residents, a trade kept in brackets: "residents (lorry drivers)"
    claimant = claimant_of(place, text, gazetteer)
    assert claimant == "residents" or claimant.startswith("residents (")


@pytest.mark.parametrize("phrase, canonical", [
    ("the Consulate General of Azerbaijan in Tabriz", "Azerbaijani government (Foreign Ministry)"),
    ("Armenia's consulate in Batumi", "Armenian government (Foreign Ministry)"),
    ("the Armenian consul general", "Armenian government (Foreign Ministry)"),
    ("an official in the West Azerbaijan governor's office", "Iranian government"),
    ("the East Azerbaijan governorate", "Iranian government"),
    ("the Georgian authorities", "Georgian government"),
    ("official Tbilisi", "Georgian government"),
])
def test_consulates_governors_offices_and_georgia_s_authorities(phrase, canonical):
    assert canonical_actor(phrase) == canonical


def test_a_province_named_azerbaijan_is_not_the_republic(gazetteer):
    text = "Officials of the East Azerbaijan governor's office said the lorries at Norduz would be inspected."
    assert claimant_of("Norduz", text, gazetteer, "2020-10-02") == "Iranian government"


@pytest.mark.parametrize("text, place, expected", [
    ("As early as March, Armenian media had already reported that the checkpoint at Kornidzor was being built.",
     "Kornidzor", "Armenian media"),
    ("At the end of the month the Azerbaijani Defence Ministry said that Tovuz had come under fire.",
     "Tovuz", "Azerbaijani MoD"),
    ("The story is an old one: at the start of the year some Russian media had already claimed that "
     "lorries were crossing at Upper Lars without checks.", "Upper Lars", "Russian media"),
])
def test_already_and_a_period_opening_do_not_hide_the_speaker(gazetteer, text, place, expected):
    assert claimant_of(place, text, gazetteer) == expected


@pytest.mark.parametrize("text, place, expected", [
    ("In the spring of 1994 the former foreign minister Tofig Gasimov demanded a land route to Nakhchivan.",
     "Nakhchivan", "Tofig Gasimov"),
    ("The Armenian Foreign Ministry demands that the road through Kornidzor be reopened.", "Kornidzor",
     "Armenian government (Foreign Ministry)"),
])
def test_a_demand_is_the_claim_of_whoever_makes_it(gazetteer, text, place, expected):
    assert claimant_of(place, text, gazetteer) == expected


@pytest.mark.parametrize("text, place, claimant", [
    ("Passengers said the road to Goris was shut on Monday.", "Goris", "residents (passengers)"),
    ("Travellers told reporters that the bridge near Kapan had been shelled.", "Kapan", "residents (travellers)"),
    ("Commuters said the bus from Ijevan to Dilijan did not run on Tuesday.", "Dilijan", "residents (commuters)"),
    ("Minibus passengers told reporters the road to Sisian was blocked by snow.", "Sisian",
     "residents (minibus passengers)"),
    ("The road to Kapan was closed again, a passenger said.", "Kapan", "residents (passengers)"),
    ("According to commuters, the bridge near Ijevan was damaged.", "Ijevan", "residents (commuters)"),
    ("Commuters waiting at the Goris bus station said the route to Tegh was closed.", "Tegh", "residents (commuters)"),
])
def test_passengers_travellers_and_commuters_are_residents_with_their_own_label(gazetteer, text, place, claimant):
    # read like drivers: counted with the residents, what they are kept in brackets
    assert claimant_of(place, text, gazetteer) == claimant


@pytest.mark.parametrize("text, place, who", [
    # nameless people a body cites, set between it and its verb: the body's word
    ("Human Rights Watch, citing witnesses, reported that four civilians were killed in Khramort in March 1992.",
     "Khramort", "Human Rights Watch"),
    ("Amnesty International, citing local residents, said two people were wounded in Askeran that night.",
     "Askeran", "Amnesty International"),
    # a source it names keeps the claim, as when it opens the sentence
    ("The newspaper Zerkalo, citing the district prosecutor, reported that two men were killed in Khramort.",
     "Khramort", "district prosecutor"),
])
def test_a_body_citing_nameless_people_makes_the_claim(gazetteer, text, place, who):
    assert claimant_of(place, text, gazetteer) == who
