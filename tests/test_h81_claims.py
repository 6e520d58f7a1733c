"""Claimants read in heldout81's wordings. A ministry's document dated by a weekday ("the ministry's bulletin of last
Sunday") is that ministry's, as one dated by a day of the month is. A body written after its country's possessive
("Georgia's Unified Information Center") is the body with the country's adjective. A named web outlet before its kind
("the Meydan website") keeps its name, not an unnamed "media". A closing "..., as Radio Liberty reported." gives the
claim to the radio when the speaker before it is no source the article names, and "The radio reported" after it is
that radio; a speaker the article does name keeps the claim."""

import pytest

from geo.extract.claims import normalise_actor
from tests.helpers import all_claimants, claimant_of

BULLETIN = ("DRIVERS' NOTES\n"
            "Friday 20 November 2020.\n"
            "The Russian defence ministry said the road was open to lorries.\n"
            "The ministry's report of last Monday listed new posts at Aghavno and at Berdzor.\n")

MINUTES = ("VILLAGE COUNCIL MINUTES\n"
           "Thursday 15 December 2022.\n"
           "He said that on Tuesday a crowd had blocked the road from Martuni to Martakert, as Radio Liberty reported.\n"
           "The radio reported that the road to Askeran had been cut as well.\n")


@pytest.mark.parametrize("place, text, published, claimant", [
    pytest.param("Aghavno", BULLETIN, "2020-11-20", "Russian MoD",
                 id="a_document_dated_by_a_weekday_is_its_ministry_s"),
    pytest.param("Aghavno", BULLETIN.replace("of last Monday", "of 16 November"), "2020-11-20", "Russian MoD",
                 id="a_document_dated_by_a_month_day_is_still_read_as_before"),
    pytest.param("Martakert", MINUTES, "2022-12-15", "Radio Free Europe/Radio Liberty",
                 id="a_closing_as_reported_names_the_source_of_an_unnamed_speaker"),
    pytest.param("Martakert", MINUTES.replace("He said", "The Armenian defence ministry said"), "2022-12-15",
                 "Armenian MoD", id="a_named_speaker_keeps_the_claim_before_a_closing_as_reported"),
])
def test_the_claimant_of_a_place(place, text, published, claimant, gazetteer):
    assert claimant_of(place, text, gazetteer, published) == claimant


def test_the_radio_reported_after_a_closing_as_reported_is_that_radio(gazetteer):
    assert all_claimants(MINUTES, gazetteer, "2022-12-15")["Askeran"] == ["Radio Free Europe/Radio Liberty"]


@pytest.mark.parametrize("actor, normalised", [
    # a country's possessive before a body's name is its adjective
    pytest.param("Georgia's Unified Information Center", "Georgian Unified Information Center",
                 id="a_country_s_possessive_before_a_body_s_name"),
    pytest.param("Russia’s Defence Ministry", "Russian MoD", id="a_body_of_the_table_as_before"),
    # a named site before its kind keeps its name
    pytest.param("the Meydan website", "Meydan", id="a_named_site_before_its_kind"),
    pytest.param("the Armenian website", "Armenian media", id="a_nation_s_site_is_its_press_as_before"),
    pytest.param("a regional website", "media", id="no_name_is_an_outlet_unnamed"),
])
def test_an_actor_s_name_is_normalised(actor, normalised):
    assert normalise_actor(actor) == normalised
