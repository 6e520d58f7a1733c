"""Claimants over sentences written for this test: records named only by their kind ("the figures released this
morning") name no speaker; "the same reports/sources said" stands for
the source cited before; repeating a charge or claim is claiming it."""

import pytest

from tests.helpers import claimant_of

_OPENING = "The Russian Defence Ministry said on Monday that its peacekeepers had removed a post near Taghavard.\n\n"


@pytest.mark.parametrize("text", [
    "According to the figures released on Monday, forty families are moving to Sus this week.",
    "According to the data published this morning, forty families are moving to Sus this week.",
])
def test_bare_records_name_no_claimant(gazetteer, text):
    assert claimant_of("Sus", text, gazetteer) == ""


@pytest.mark.parametrize("text", [
    _OPENING + "The same reports said that the peacekeepers also helped repair a water pipe in Sarushen.",
    _OPENING + "The same sources said the peacekeepers also helped repair a water pipe in Sarushen.",
    _OPENING + "The same sources also said the peacekeepers helped repair a water pipe in Sarushen.",
])
def test_the_same_reports_carry_the_claimant_before(gazetteer, text):
    assert claimant_of("Sarushen", text, gazetteer) == "Russian MoD"


@pytest.mark.parametrize("place, text, who", [
    ("Sotk", "Armenian NGOs repeated the claim that Azerbaijani troops had shelled Sotk.", "Armenian NGOs"),
    ("Kalbajar", "Azerbaijani diaspora organisations repeated the charge on Monday in a letter, calling the dam near "
     "Kalbajar a threat to the river.", "Azerbaijani diaspora organisations"),
    ("Sotk", "Armenian NGOs reiterated the allegation that Azerbaijani troops had shelled Sotk.", "Armenian NGOs"),
])
def test_repeating_a_charge_is_claiming_it(gazetteer, place, text, who):
    assert claimant_of(place, text, gazetteer) == who


_CITY_REVIEW = ("YEREVAN PRESS REVIEW\n"
                "Summaries of the Armenian-language and Russian-language press of Yerevan\n"
                "Monday, 3 March 2025\n\n")
_NATION_REVIEW = "PRESS REVIEW — the Armenian dailies, translated from Armenian\n\nMonday, 3 March 2025\n\n"


@pytest.mark.parametrize("heading", [_CITY_REVIEW, _NATION_REVIEW])
@pytest.mark.parametrize("place, sentence", [
    ("Tegh", "One daily noted that the road through Tegh had been resurfaced in February."),
    ("Goris", "A Russian-language weekly wrote that the new school in Goris would open in September."),
    ("Kornidzor", "A columnist in a pro-government daily wrote that the bridge at Kornidzor \"changed the region\"."),
    ("Agarak", "Several papers recalled that lorries had queued at the Agarak crossing for two days in January."),
])
def test_a_review_s_papers_named_by_kind_are_its_country_s_media(gazetteer, heading, place, sentence):
    assert claimant_of(place, heading + sentence, gazetteer) == "Armenian media"


@pytest.mark.parametrize("text", [
    "A reader's letter in an Armenian-language daily asked why the bus from Sisian to Goris runs only twice a day.",
    "A reader wrote to the paper that the bus from Sisian to Goris runs only twice a day.",
])
def test_a_reader_is_one_of_the_residents(gazetteer, text):
    assert claimant_of("Goris", text, gazetteer) == "residents"


@pytest.mark.parametrize("sentence", [
    "At the time, families were living only in the towns of Goris and Sisian, one daily noted.",
    "At the time, families were living only in the towns of Goris and Sisian, several papers wrote.",
])
def test_an_unnamed_paper_after_the_clause_is_the_review_s_press(gazetteer, sentence):
    assert claimant_of("Goris", _CITY_REVIEW + sentence, gazetteer) == "Armenian media"
