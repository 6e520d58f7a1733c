"""A telling owned by a name the actor table lacks ("by Report's telling", "in Pressam's account") is that name's
claim; a count owned by it, or a day's "account", is not read so."""

from tests.helpers import claimants


def test_an_unlisted_outlets_telling(gazetteer):
    found = claimants("By Pressam's telling, two shells hit Aygepar on Sunday.", gazetteer)
    assert found["Aygepar"] == "Pressam", found


def test_an_unlisted_names_account(gazetteer):
    found = claimants("In Oragir's account, the road through Berd was closed to lorries.", gazetteer)
    assert found["Berd"] == "Oragir", found


def test_a_days_account_is_no_claimant(gazetteer):
    found = claimants("By Sunday's account, two shells hit Aygepar.", gazetteer)
    assert found["Aygepar"] == "", found


def test_an_unlisted_names_count_is_left_alone(gazetteer):
    found = claimants("By Pressam's count, two shells hit Aygepar.", gazetteer)
    assert found["Aygepar"] == "", found
