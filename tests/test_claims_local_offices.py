"""Claimants of a province's or a town's own offices, of the people a reporter stayed with, of an outlet named
again as "the same paper" and of reports with no author."""

import pytest

from tests.helpers import claimant_pairs, claimants

DAY = "2016-05-05"


@pytest.mark.parametrize("text, place", [
    ("Koti was shelled for an hour, the regional administration said.", "Koti"),
    ("Two houses in Berdavan lost their roofs, the provincial administration reported.", "Berdavan"),
    ("The regional governor's office said on Monday that it would pay for new windows in Koti.", "Koti"),
])
def test_a_province_s_own_office_is_local_officials(gazetteer, text, place):
    assert claimants(text, gazetteer, DAY)[place].startswith("local officials")


def test_a_town_s_officials_are_local_officials_a_capital_s_are_its_government(gazetteer):
    found = claimants("Officials in Noyemberyan said the fire on Berdavan had stopped by midnight.", gazetteer, DAY)
    assert found["Berdavan"].startswith("local officials")
    found = claimants("Officials in Baku said Armenian units had fired on Gazakh.", gazetteer, DAY)
    assert not found["Gazakh"].startswith("local officials")
    found = claimants("Officials in Brussels said the shelling of Tegh overnight was alarming.", gazetteer, DAY)
    assert not found["Tegh"].startswith("local officials")


def test_the_people_a_reporter_stayed_with_are_residents(gazetteer):
    text = "Firing on Berdavan damaged two roofs, according to the families we stayed with."
    assert claimants(text, gazetteer, DAY)["Berdavan"] == "residents"


def test_the_same_newspaper_is_the_outlet_named_before(gazetteer):
    text = ("Berdavan was shelled for two hours, the Aravot newspaper reported.\n"
            "Koti was also hit, according to the same newspaper.")
    found = claimants(text, gazetteer, DAY)
    assert found["Koti"] == found["Berdavan"] == "Armenian media"


def test_reports_with_no_author_are_the_media_and_a_side_s_media_keep_the_side(gazetteer):
    assert claimants("Reports say two soldiers were captured near Kapan in 2019.", gazetteer, DAY)["Kapan"] == "media"
    found = claimants("Azerbaijani media reports say Koti was shelled.", gazetteer, DAY)
    assert found["Koti"] == "Azerbaijani media"


def test_the_mayor_named_again_is_the_mayor_the_article_named(gazetteer):
    text = ("In Koti the firing began at noon, the mayor, Armen Petrosyan, told a local radio.\n"
            "By evening the firing on Koti had resumed, the mayor said.")
    assert [who for place, who in claimant_pairs(text, gazetteer, DAY) if place == "Koti"] == ["Armen Petrosyan"] * 2


def test_the_mayor_named_by_the_title_before_his_name_is_that_person_again(gazetteer):
    text = ("Mayor Sona Hakobyan opened the new shelter on Tuesday.\n"
            "Two houses in Chinari were hit overnight, the mayor said.")
    assert claimants(text, gazetteer, DAY)["Chinari"] == "Sona Hakobyan"


def test_two_mayors_named_leave_the_mayor_unnamed(gazetteer):
    text = ("Koti was fired on, the mayor, Armen Petrosyan, said.\n"
            "Berdavan was fired on too, the mayor, Hayk Vardanyan, said.\n"
            "By evening the firing on Voskevan had resumed, the mayor said.")
    assert claimants(text, gazetteer, DAY)["Voskevan"] == "local officials"


@pytest.mark.parametrize("text", [
    "Two sheds in Koti burned down overnight, neighbours said.",
    "The school in Koti lost its windows, according to neighbors.",
])
def test_neighbours_who_speak_are_residents(gazetteer, text):
    assert claimants(text, gazetteer, DAY)["Koti"] == "residents"


def test_a_country_s_neighbours_are_states_not_residents(gazetteer):
    found = claimants("Armenia's neighbours said the road through Meghri should stay open.", gazetteer, DAY)
    assert found["Meghri"] != "residents"
    assert claimants("A shell hit a shed in Berdavan, neighbours said.", gazetteer, DAY)["Berdavan"] == "residents"


@pytest.mark.parametrize("text, place", [
    ("Shepherds near Tegh moved their flocks after shots were heard, according to the local office of the forestry "
     "agency.", "Tegh"),
    ("Road crews near Kapan worked all week, the district representative's office said.", "Kapan"),
    ("Returning officials reported that the road to Berdavan had been open all week.", "Berdavan"),
    ("Koti saw no firing, but the district's returning officials said the road stayed closed.", "Koti"),
    ("The border crossing at Meghri was open all week, the customs office said.", "Meghri"),
])
def test_a_district_s_own_branch_unnamed_is_local_officials(gazetteer, text, place):
    assert claimants(text, gazetteer, DAY)[place] == "local officials"


def test_a_side_s_customs_office_stays_the_side_s(gazetteer):
    found = claimants("The crossing at Sadakhlo was closed, the Georgian customs office said.", gazetteer, DAY)
    assert found["Sadakhlo"] != "local officials"


@pytest.mark.parametrize("text, place", [
    ("The minister of territorial administration, Hayk Sargsyan, spoke in Yerevan. In the Lori province, the "
     "administration has asked owners of empty flats in Vanadzor and Spitak to list them.", "Spitak"),
    ("In the Tavush region, the administration said the road to Berd was open again.", "Berd"),
])
def test_an_area_s_administration_named_bare_after_the_area_is_local(gazetteer, text, place):
    assert claimants(text, gazetteer, DAY)[place].startswith("local officials")
