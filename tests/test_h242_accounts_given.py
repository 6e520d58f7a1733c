"""Accounts named by who gave them, with no article ("By accounts that villagers gave later, ...", "..., by accounts
the families gave") are those people's claim, as "by the account the ministry gave" is: the villagers, read as
residents. Accounts of an event, accounts with no giver, and a bank's accounts name no claimant."""

import datetime

from geo.extract import extract_text


def _claims(text, gazetteer, published="2023-10-17"):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)}


def test_accounts_villagers_gave_opening_the_sentence(gazetteer):
    got = _claims("By accounts that villagers gave later, armed men came into Vaghuhas during the offensive and "
                  "ordered everyone out.", gazetteer)
    assert got["Vaghuhas"] == "residents"


def test_accounts_families_gave_closing_the_sentence(gazetteer):
    got = _claims("Soldiers entered Vaghuhas on Wednesday, by accounts that the families gave later.", gazetteer)
    assert got["Vaghuhas"] == "residents"


# --- near sentences where the rule must not fire ---

def test_accounts_of_the_battle_are_no_one_s(gazetteer):
    got = _claims("By accounts of the battle, soldiers entered Vaghuhas on Wednesday.", gazetteer)
    assert got["Vaghuhas"] in ("", None)


def test_most_accounts_name_no_one(gazetteer):
    got = _claims("By most accounts, soldiers entered Vaghuhas on Wednesday.", gazetteer)
    assert got["Vaghuhas"] in ("", None)


def test_accounts_given_to_a_body_are_no_opening_source(gazetteer):
    got = _claims("The families gave their accounts to the ministry, which said on Wednesday that soldiers had "
                  "entered Vaghuhas.", gazetteer)
    assert got["Vaghuhas"] != "residents"
