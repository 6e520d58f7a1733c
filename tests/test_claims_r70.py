"""Claimants of wire flashes, Soviet-era heads of state, interviews and inquiries: a flash's time and label ("14:10
FLASH - Azerbaijan accuses ...") are no part of the side that speaks; Levon Ter-Petrosian, head of Armenia's state
from August 1990 (as chairman of its Supreme Council, then president to February 1998), is named as himself, and "the
President of Armenia" in those years is he; an interview introduced by "we spoke to the historian X Y" gives its
unlabelled answers to X Y; an inquiry that "found" or "records" what it tells claims it, and a committee of a named
parliament is named in one form whichever way it is written; an outlet that quotes a named official "who says"
passes on that official's words (unnamed sources it cites leave the account the outlet's); and "now" after a town's
officials ("officials in Ijevan now say") is no part of their name."""

import datetime as dt
from functools import partial

from geo.extract.actors import canonical_actor
from tests.helpers import claimant_of


claimant = partial(claimant_of, published=dt.date(1991, 6, 2))


def test_a_flash_label_is_no_part_of_the_side(gazetteer):
    text = ("MONDAY 27 MAY 1991\n\n"
            "09:40 FLASH - Azerbaijan accuses Armenian fighters of shelling the village of Tartar today.")
    assert claimant("Tartar", text, gazetteer) == "Azerbaijani government"


def test_ter_petrosian_is_named_as_himself(gazetteer):
    text = "President Levon Ter-Petrosian said soldiers had taken the village of Kapan and arrested nine men."
    assert "Levon Ter-Petrosian" in claimant("Kapan", text, gazetteer)


def test_the_president_of_armenia_in_1991_is_his_office(gazetteer):
    text = "According to the President of Armenia, troops took the village of Sisian on 20 May 1991."
    found = claimant("Sisian", text, gazetteer)
    assert found.startswith("Armenian presidency")
    assert canonical_actor("Levon Ter-Petrossian").startswith(found)   # his office, whichever name is written


def test_a_namesake_is_not_ter_petrosian(gazetteer):
    text = "Armen Petrosyan, a teacher, said soldiers had taken the village of Kapan."
    assert "Ter-Petrosian" not in claimant("Kapan", text, gazetteer)


def test_an_interviews_answers_are_the_guests(gazetteer):
    text = ("We spoke to the geographer Anna Harutyunyan, who has mapped the border villages for years.\n\n"
            "Where did the trouble start?\n\n"
            "In Kapan, where soldiers surrounded the houses on the edge of town and searched them one by one.\n\n"
            "What came next?\n\n"
            "Then the troops moved on to Goris and took away the men.")
    assert claimant("Kapan", text, gazetteer) == "Anna Harutyunyan"
    assert claimant("Goris", text, gazetteer) == "Anna Harutyunyan"


def test_an_inquirys_finding_at_the_end_is_its_claim(gazetteer):
    text = ("We spoke to the geographer Anna Harutyunyan about that spring.\n\n"
            "What happened next?\n\n"
            "According to the Russian parliament's human rights committee, the people of Kapan were deported on "
            "13 May. The people of Sisian were deported on 19 May, the committee found.")
    assert claimant("Sisian", text, gazetteer) == "Russian parliament human rights committee"


def test_things_found_are_no_finding(gazetteer):
    text = "Two unexploded shells were found in Sisian on 19 May."
    assert claimant("Sisian", text, gazetteer) == ""


def test_a_committee_that_records_an_event_claims_it(gazetteer):
    text = "The human rights committee of the Russian parliament records the deportation of the people of Kapan."
    assert claimant("Kapan", text, gazetteer) == "Russian parliament human rights committee"


def test_a_parliaments_committee_in_either_form_is_one_name(gazetteer):
    text = "According to the Russian parliament's human rights committee, the people of Kapan were deported."
    assert claimant("Kapan", text, gazetteer) == "Russian parliament human rights committee"


def test_an_outlet_quoting_an_official_who_says_passes_on_his_words(gazetteer):
    text = ("The agency Interfax quotes a senior official of the Armenian parliament who says he saw Sisian "
            "under heavy fire.")
    assert "Armenian parliament" in claimant("Sisian", text, gazetteer)


def test_an_outlet_citing_unnamed_sources_keeps_its_account(gazetteer):
    text = "The agency Interfax cited local sources who said Sisian was under heavy fire."
    assert claimant("Sisian", text, gazetteer) == "Russian media"


def test_now_after_a_towns_officials_is_no_part_of_their_name(gazetteer):
    text = "Officials in Ijevan now say at least nine people died in the fighting at Berkaber."
    assert claimant("Berkaber", text, gazetteer) == "local officials (Officials in Ijevan)"
