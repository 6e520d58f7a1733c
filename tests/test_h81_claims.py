"""Claimants read in heldout81's wordings. A ministry's document dated by a weekday ("the ministry's bulletin of last
Sunday") is that ministry's, as one dated by a day of the month is. A body written after its country's possessive
("Georgia's Unified Information Center") is the body with the country's adjective. A named web outlet before its kind
("the Meydan website") keeps its name, not an unnamed "media". A closing "..., as Radio Liberty reported." gives the
claim to the radio when the speaker before it is no source the article names, and "The radio reported" after it is
that radio; a speaker the article does name keeps the claim."""

from geo.extract.claims import normalise_actor
from tests.helpers import all_claimants, claimant_of

BULLETIN = ("DRIVERS' NOTES\n"
            "Friday 20 November 2020.\n"
            "The Russian defence ministry said the road was open to lorries.\n"
            "The ministry's report of last Monday listed new posts at Aghavno and at Berdzor.\n")


def test_a_document_dated_by_a_weekday_is_its_ministry_s(gazetteer):
    assert claimant_of("Aghavno", BULLETIN, gazetteer, "2020-11-20") == "Russian MoD"


def test_a_document_dated_by_a_month_day_is_still_read_as_before(gazetteer):
    text = BULLETIN.replace("of last Monday", "of 16 November")
    assert claimant_of("Aghavno", text, gazetteer, "2020-11-20") == "Russian MoD"


def test_a_country_s_possessive_before_a_body_s_name_is_its_adjective():
    assert normalise_actor("Georgia's Unified Information Center") == "Georgian Unified Information Center"
    assert normalise_actor("Russia’s Defence Ministry") == "Russian MoD"          # a body of the table, as before


def test_a_named_site_before_its_kind_keeps_its_name():
    assert normalise_actor("the Meydan website") == "Meydan"
    assert normalise_actor("the Armenian website") == "Armenian media"   # a nation's site: its press, as before
    assert normalise_actor("a regional website") == "media"              # no name: an outlet unnamed


MINUTES = ("VILLAGE COUNCIL MINUTES\n"
           "Thursday 15 December 2022.\n"
           "He said that on Tuesday a crowd had blocked the road from Martuni to Martakert, as Radio Liberty reported.\n"
           "The radio reported that the road to Askeran had been cut as well.\n")


def test_a_closing_as_reported_names_the_source_of_an_unnamed_speaker(gazetteer):
    assert claimant_of("Martakert", MINUTES, gazetteer, "2022-12-15") == "Radio Liberty"
    assert all_claimants(MINUTES, gazetteer, "2022-12-15")["Askeran"] == ["Radio Liberty"]


def test_a_named_speaker_keeps_the_claim_before_a_closing_as_reported(gazetteer):
    text = MINUTES.replace("He said", "The Armenian defence ministry said")
    assert claimant_of("Martakert", text, gazetteer, "2022-12-15") == "Armenian MoD"
