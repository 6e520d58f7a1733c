""""By <outlet>'s account, ..." with the outlet named by its web address: the outlet's claim (heldout153 round)."""
import datetime as dt

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = dt.date(2022, 3, 2)


def _claims(text):
    return [canonical_actor(e["claimed_by"]) or e["claimed_by"] for e in extract_text(text, DAY)]


def test_by_web_outlets_account():
    assert _claims("By Lragir.am's account, mortar rounds fell on Martakert overnight.") == ["Armenian media"]


def test_in_web_outlets_version():
    assert _claims("In Minval.az's version, troops entered Martakert at dawn.") == ["Azerbaijani media"]


def test_a_days_count_is_no_ones_claim():
    assert _claims("By Tuesday's count, mortar rounds fell on Martakert six times.") == [""]
