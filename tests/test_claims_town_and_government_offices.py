"""Claimants of a town's community office or a municipality's own office (local officials), of a body the
government calls its own ("the government's humanitarian centre": that side's government), and of an outlet citing
a side's press that it names by no outlet ("Report.az, citing Russian media": Report.az); a report or a news site
named by no outlet is the media."""

import pytest

from tests.helpers import claimants

DAY = "2023-10-02"


@pytest.mark.parametrize("text, place", [
    ("The Goris community office said the school in Kapan was full on Monday.", "Kapan"),
    ("A spokesman for the Goris community said the shelter in Kapan had room for forty more people.", "Kapan"),
    ("In Gyumri, the municipality's culture office said it had housed families in Artik.", "Artik"),
])
def test_a_town_s_community_or_municipal_office_is_local_officials(gazetteer, text, place):
    assert claimants(text, gazetteer, DAY)[place].startswith("local officials")


@pytest.mark.parametrize("text, place", [
    ("The Armenian community office said the road to Kapan was closed.", "Kapan"),
    ("The Yezidi community said the road to Aknalich was closed.", "Aknalich"),
])
def test_a_people_s_community_is_no_town_s_officials(gazetteer, text, place):
    assert not claimants(text, gazetteer, DAY)[place].startswith("local officials")


def test_the_government_s_own_centre_speaks_for_that_government(gazetteer):
    text = "The government's humanitarian centre said Ijevan had taken 2,000 people."
    assert claimants(text, gazetteer, DAY)["Ijevan"] == "Armenian government (humanitarian centre)"


def test_the_centre_named_again_is_the_same_government_body(gazetteer):
    text = ("YEREVAN, 2 October - The government's humanitarian centre said Ijevan had taken 2,000 people. "
            "Berd had taken 900 people, the centre said.")
    assert claimants(text, gazetteer, DAY)["Berd"] == "Armenian government (humanitarian centre)"


def test_a_government_s_headquarters_in_a_baku_report_is_azerbaijan_s(gazetteer):
    text = "BAKU, 3 May - The government's reconstruction headquarters said 300 families had moved to Fuzuli."
    assert claimants(text, gazetteer, DAY)["Fuzuli"].startswith("Azerbaijani government")


@pytest.mark.parametrize("text, place", [
    ("Report.az, citing Russian media, said the border post at Lachin had been moved.", "Lachin"),
    ("Axar.az, citing the Georgian press, wrote that the road through Sadakhlo was closed.", "Sadakhlo"),
])
def test_an_outlet_citing_a_side_s_press_named_by_no_outlet_makes_the_claim(gazetteer, text, place):
    assert claimants(text, gazetteer, DAY)[place] == "Azerbaijani media"


def test_an_outlet_citing_a_named_ministry_still_gives_the_ministry(gazetteer):
    text = "APA, citing the Defence Ministry, reported that Tovuz was shelled."
    assert claimants(text, gazetteer, DAY)["Tovuz"] == "Azerbaijani MoD"


@pytest.mark.parametrize("text, place", [
    ("In Talin, about 900 displaced people have been housed, according to a local report.", "Talin"),
    ("Kapan had taken 400 people, according to a press report.", "Kapan"),
    ("A news site in Vanadzor reported that the station at Spitak had no trains.", "Spitak"),
    ("A local site in Ijevan reported that the road to Berd was closed.", "Berd"),
])
def test_a_report_or_a_site_named_by_no_outlet_is_the_media(gazetteer, text, place):
    assert claimants(text, gazetteer, DAY)[place] == "media"
