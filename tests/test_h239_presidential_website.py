"""A head of state's own website ("the presidential website in Baku", "the president's official website") is his
office speaking, not an outlet: its claims go to the presidency of the nation it names. A news site stays the press."""

import datetime

from geo.extract import extract_text
from geo.extract.actors import canonical_actor


def _claims(text, gazetteer, published="2023-12-23"):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)}


def test_presidential_website_in_baku_is_the_presidency(gazetteer):
    got = _claims("The presidential website in Baku reported that the president visited Aghdam on Friday.", gazetteer)
    assert got.get("Aghdam") == "Azerbaijani presidency (Ilham Aliyev)"


def test_presidential_website_named_by_adjective():
    assert canonical_actor("the Armenian presidential website") == "Armenian presidency"


# --- near phrases where the rule must not fire ---

def test_news_website_in_baku_stays_media():
    assert canonical_actor("a news website in Baku") == "Azerbaijani media"


def test_azerbaijani_site_stays_media():
    assert canonical_actor("an Azerbaijani site") == "Azerbaijani media"


def test_presidential_elections_site_is_no_office():
    assert canonical_actor("the presidential elections website") is None
