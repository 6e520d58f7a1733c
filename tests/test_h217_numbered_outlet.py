"""An outlet named by a web address that opens with a figure ("301.am", "168.am") closes a sentence as its source,
as a capitalised outlet's name does; a figure that is a count of people is no source."""

from tests.helpers import claimants


def test_a_closing_numbered_web_address_is_the_source(gazetteer):
    found = claimants("Late on Friday villagers blocked the road to Goris, 301.am reported.", gazetteer)
    assert found["Goris"] == "301.am", found


def test_a_numbered_armenian_site_is_armenian_press(gazetteer):
    found = claimants("On Monday shells hit Tegh, 168.am wrote.", gazetteer)
    assert found["Tegh"] == "Armenian media", found


def test_a_count_of_people_is_no_source(gazetteer):
    found = claimants("On Monday 300 villagers blocked the road to Goris.", gazetteer)
    assert found["Goris"] == "", found
