"""A merchant named by the town he trades in ("paid the glass merchant in X", "the spice merchants in Y sent a
crate") only says where the trader is, as a maker or a wholesaler there does: no event at the town. A merchant hurt
there, or the town named as a scene, stays."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2020-11-16"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_merchant_paid_in_a_ledger(gazetteer):
    assert "Goris" not in _places("Paid out: the cloth merchant in Goris, for the red wool.", gazetteer)


def test_merchants_sending_goods(gazetteer):
    assert "Kapan" not in _places("The tea merchants in Kapan have sent two crates for the winter.", gazetteer)


# --- near sentences where the rule must not fire ---

def test_merchant_killed_by_shell_stays(gazetteer):
    assert _places("A merchant in Martuni was killed when a shell hit his shop.", gazetteer).get("Martuni") \
        == "shelling"


def test_merchants_stalls_shelled_stays(gazetteer):
    got = _places("Shells hit the merchants' stalls in Askeran overnight, the mayor said.", gazetteer)
    assert got.get("Askeran") == "shelling"


def test_market_road_blocked_stays(gazetteer):
    got = _places("Merchants said protesters had blocked the Goris–Kapan road since Monday.", gazetteer)
    assert got.get("Goris") == "corridors" and got.get("Kapan") == "corridors"
