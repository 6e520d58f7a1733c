"""Who tells an account, and the day of an admission made later on a day already told: people "who reached" or "who
fled" somewhere, as the source of an "according to", are refugees, not a town's residents; an opening part of the
day ("In the second half of the day", "In the afternoon") stands before the subject and is no part of it, and "in the
second half of the day" after a sentence that told a day is that day, as "later in the day" is; a body's
"researchers" who found something are the body named before, and "you" spoken to in a conversation is no source
for them to fall back on; "the same chronology states" is the chronology cited before; an agency that "estimates
that" gives its estimate as its claim; a web outlet named after its nation and kind ("the Georgian news site
Netgazeti") keeps its own name when the actor table lacks it; and "X's answer is that ..." is X's account."""

import datetime as dt

from tests.helpers import claimant_of, rows


def _starts(text, gazetteer, published):
    return {c["place_name"]: c["start_date"] for c in rows(text, gazetteer, published)}


def test_people_who_reached_a_place_are_refugees(gazetteer):
    text = "Families were shot at on the road out of Fuzuli on Friday, according to people who reached Horadiz at dawn."
    assert "refugees" in claimant_of("Fuzuli", text, gazetteer)


def test_people_who_live_somewhere_are_not_refugees(gazetteer):
    text = "Shells fell on Tartar on Friday, according to people who live near the river."
    assert "refugees" not in (claimant_of("Tartar", text, gazetteer) or "")


def test_an_opening_half_of_the_day_is_no_part_of_the_subject(gazetteer):
    text = ("The Armenian defence minister said yesterday that the pass had been secured. In the second half of the "
            "day a spokesman for the Azerbaijani defence ministry admitted that Kalbajar had been lost.")
    who = claimant_of("Kalbajar", text, gazetteer, published=dt.date(1993, 4, 4))
    assert "Azerbaijani" in who and "Armenian" not in who


def test_the_second_half_of_the_day_is_the_day_told_before(gazetteer):
    text = ("The Armenian defence minister said yesterday that the pass had been secured. In the second half of the "
            "day a spokesman for the Azerbaijani defence ministry admitted that Kalbajar had been lost.")
    assert _starts(text, gazetteer, "1993-04-04")["Kalbajar"] == "1993-04-03"


def test_a_half_of_a_month_is_not_a_day(gazetteer):
    text = "In the second half of the month shells fell on Tartar, the ministry said."
    assert _starts(text, gazetteer, "2016-04-30")["Tartar"] != "2016-04-29"


def test_the_researchers_of_a_body_named_before_and_you_is_no_source(gazetteer):
    text = ("HOST: The Amnesty International report covers the spring. GUEST: Amnesty International says the villages "
            "were emptied. HOST: You said lorries in the title. GUEST: Yes. Lorries carried hundreds of families "
            "out of Tartar, the researchers found.")
    assert "Amnesty" in claimant_of("Tartar", text, gazetteer)


def test_the_same_chronology_is_the_one_cited_before(gazetteer):
    text = ("12 June 1992: Troops gather near Aghdam, according to an Azerbaijani chronology. "
            "14 June 1992: Shells fall on Tartar, the same chronology states.")
    assert "chronology" in claimant_of("Tartar", text, gazetteer, published=dt.date(2020, 1, 1)).lower()


def test_an_agency_that_estimates_is_the_claimant(gazetteer):
    text = "The UN refugee agency estimates that 4,000 people remain cut off in villages around Tartar."
    assert claimant_of("Tartar", text, gazetteer) == "UN"


def test_estimates_as_a_noun_names_no_one(gazetteer):
    text = "The estimates that circulated on Monday put the damage in Tartar at millions."
    assert claimant_of("Tartar", text, gazetteer) in ("", None)


def test_a_web_outlet_named_after_its_kind_keeps_its_name(gazetteer):
    text = "The Azerbaijani news site CaspiLine later recalled that shells hit the centre of Tartar."
    assert claimant_of("Tartar", text, gazetteer) == "CaspiLine"


def test_a_named_sources_answer_is_its_account(gazetteer):
    text = "CaspiLine's answer is that the unit had been sent back to Tartar before the attack."
    assert claimant_of("Tartar", text, gazetteer) == "CaspiLine"


def test_an_answer_without_is_that_is_no_account(gazetteer):
    text = "CaspiLine's answer came late, and by then shells had hit Tartar."
    assert claimant_of("Tartar", text, gazetteer) != "CaspiLine"
