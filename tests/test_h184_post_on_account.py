"""A post on someone's own account or page ("according to a post on the governor's Facebook page") is told by the
account's owner."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 10, 25)


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_a_post_on_the_governor_s_page_is_the_governor_s():
    found = _claims("According to a post on the governor's Facebook page, shells fell on Tegh overnight.")
    assert found["Tegh"] == "local officials (regional governor)"


def test_a_tweet_on_the_ombudsman_s_account_is_the_ombudsman_s():
    found = _claims("According to a tweet on the ombudsman's official account, shells fell on Tegh overnight.")
    assert found["Tegh"] == "Armenian Human Rights Defender"


def test_a_post_on_a_road_is_no_account():
    found = _claims("According to a post on the Lachin road, troops entered Fuzuli.")
    assert found["Fuzuli"] != "Azerbaijani MoD"
    assert "account" not in (found["Fuzuli"] or "")
