"""A ministry named without its country is not simply the last ministry heard: a third country's ministry named
paragraphs before does not speak of a town on a side's own land, "our own ministry" is the writer's side, and a
service speaking of a site in Georgia is Georgia's."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 10, 20)


def _claims(text, place):
    return {c["claimed_by"] for c in extract_text(text, DAY) if c["place_name"] == place}


def test_a_third_country_s_ministry_named_long_before_is_not_the_bare_ministry():
    text = ("Notes for our drivers\n"
            "A lorry column was shot at near Sugovushan on Tuesday, Azerbaijan's defence ministry reported.\n"
            "Russia's defence ministry later said its peacekeepers were looking into the incident.\n"
            "Many of you asked about the noise heard that evening. Sappers were blowing up old shells at a range "
            "in Ganja on Tuesday, the defence ministry said.\n")
    assert _claims(text, "Ganja") == {"Azerbaijani MoD"}


def test_the_third_country_s_ministry_just_named_keeps_its_words():
    text = ("Notes for our drivers\n"
            "Russia's defence ministry said on Tuesday that its peacekeepers were looking into the incident. "
            "The ministry said a patrol had been sent to Ganja.\n")
    assert _claims(text, "Ganja") == {"Russian MoD"}


def test_a_bare_ministry_after_baku_spoke_is_baku_s_not_the_other_side_s():
    text = ("Wire flashes\n"
            "Armenia's defence ministry denied firing on any town.\n"
            "Its spokeswoman called the reports false.\n"
            "A hospital spokesman said the wards were full.\n"
            "Baku said rockets had struck a factory earlier in the day. Reporters are checking reports from "
            "Mingachevir, where the defence ministry said rockets had also fallen.\n")
    assert _claims(text, "Mingachevir") == {"Azerbaijani MoD"}


def test_our_own_ministry_is_the_writer_s_side():
    text = ("From the village\n"
            "The Azerbaijani MoD wrote that its posts had been fired on overnight. "
            "Our own defence ministry said that Azerbaijani units had opened fire on positions near Vardenis.\n")
    assert _claims(text, "Vardenis") == {"Armenian MoD"}


def test_a_service_speaking_of_a_site_in_georgia_is_georgia_s():
    text = ("Daily bulletin\n"
            "Locals argued with Azerbaijani border guards at the Davit Gareja monastery complex on Sunday, "
            "the Interior Ministry said.\n"
            "Baku and Azerbaijani officials have not commented.\n")
    assert _claims(text, "David Gareja") == {"Georgian government (Interior Ministry)"}
