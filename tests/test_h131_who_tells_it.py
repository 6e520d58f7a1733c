"""Who makes the claim, written two more ways:

* a source that dates an event to a day ("the agency dates the burning of X to 23 July 1993", "an earlier article dated
  the attack on X to 15 February") gives its own dating: its claim, as one who gives a day "as the date" makes one
  (not a building that "dates to" a century, nor a letter "dated" and sent "to the minister");
* a chronicle or a site that "records", set off by commas ("a year ago, the X chronicle records, the army attacked
  Y"), tells it as "the chronicle records that ..." does, and "the same chronicle" after it is that chronicle again
  (not a record's noun in a list: "chronicle records, maps and photographs")."""

from tests.helpers import claimant_of


def test_an_outlet_that_dates_an_attack_claims_it(gazetteer):
    text = "Armenpress dates the shelling of Berdavan to 14 July 2020."
    assert claimant_of("Berdavan", text, gazetteer, "2021-07-15") == "Armenian media"


def test_an_article_that_dated_an_attack_claims_it(gazetteer):
    text = "An earlier Armenpress article dated the start of the fighting at Berdavan to 12 July."
    assert claimant_of("Berdavan", text, gazetteer, "2021-07-15") == "Armenian media"


def test_a_church_that_dates_to_a_century_claims_nothing(gazetteer):
    text = "The church at Berdavan dates to the 12th century and was shelled in July 2020."
    assert claimant_of("Berdavan", text, gazetteer, "2021-07-15") == ""


def test_a_letter_dated_and_sent_to_a_minister_is_no_dating(gazetteer):
    text = "The mayor dated the letter and sent it to the minister after the shelling of Berdavan."
    assert claimant_of("Berdavan", text, gazetteer, "2021-07-15") != "Armenian media"


def test_a_chronicle_that_records_in_an_aside_claims_it(gazetteer):
    text = ("Ten years ago today, the Real Karabakh chronicle records, Azerbaijani units shelled Martakert. "
            "The same chronicle says that in the spring the attacks turned against Hadrut.")
    assert claimant_of("Martakert", text, gazetteer, "2003-01-14") == "Real Karabakh"
    assert claimant_of("Hadrut", text, gazetteer, "2003-01-14") == "Real Karabakh"


def test_chronicle_records_in_a_list_are_no_teller(gazetteer):
    text = "The chronicle records, maps and photographs of the siege of Martakert were lost in the fire."
    assert claimant_of("Martakert", text, gazetteer, "2003-01-14") == ""
