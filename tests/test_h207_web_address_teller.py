"""An outlet named only by its web address in lower case ("razm.info", "301.am") that reports or writes is the
claimant, and a later "the site" or "the same site's account" is that outlet."""

from tests.helpers import claimants


def test_an_address_after_the_words_reports(gazetteer):
    found = claimants("Shells fell on Berd overnight, 301.am reported.", gazetteer)
    assert found["Berd"] == "301.am", found


def test_an_address_opening_the_sentence_writes(gazetteer):
    found = claimants("tavushnews.am wrote that mortar rounds hit Chinari on Sunday.", gazetteer)
    assert found["Chinari"] == "Armenian media", found   # (an unlisted .am address: Armenian press)


def test_the_same_site_after_an_address_told_in_an_aside(gazetteer):
    text = ("On Monday, 301.am reported, the mayors met the governor and nothing was agreed.\n"
            "By the same site's account, deminers worked near Aygepar on Tuesday.\n"
            "The site wrote that shells hit Movses on Sunday.")
    found = claimants(text, gazetteer)
    assert found["Aygepar"] == "301.am", found
    assert found["Movses"] == "301.am", found


def test_an_address_only_visited_is_no_teller(gazetteer):
    found = claimants("Shells fell on Berd overnight, and residents read 301.am for news.", gazetteer)
    assert found["Berd"] == "", found
