"""An unnamed man or woman met and quoted ("An elderly man said") is one of the place's people: residents."""

from tests.helpers import claimants


def test_elderly_man_opening_the_sentence(gazetteer):
    text = "An elderly man said shells fell on Kapan on Monday night."
    assert claimants(text, gazetteer)["Kapan"] == "residents"


def test_young_woman_told_us(gazetteer):
    text = "A young woman told us the road to Goris had been closed since Monday."
    assert claimants(text, gazetteer)["Goris"] == "residents"


def test_man_who_says_nothing_claims_nothing(gazetteer):
    text = "A man carrying a flag walked from Goris to Kapan on Monday."
    assert claimants(text, gazetteer).get("Goris;Kapan", "") == ""


def test_man_described_after_the_noun(gazetteer):
    text = "An old man selling apples by the road said shells fell on Kapan on Monday."
    assert claimants(text, gazetteer)["Kapan"] == "residents"


def test_one_woman_after_witnesses_stays_a_witness(gazetteer):
    text = ("Several witnesses said that Khojaly was shelled all night. One woman told the court that her brother "
            "vanished on the road between Shusha and Lachin in 1992.")
    assert set(claimants(text, gazetteer).values()) == {"witnesses"}
