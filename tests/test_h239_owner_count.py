"""A count told as its owner's, the subject of the figure it reached ("the ombudsman's count had grown to 900", "the
ministry's tally stood at twelve"), is the owner's claim, as "by the ombudsman's count" is: a bare title is its
holder named earlier in the article, not the side that spoke last. A time before the owner ("By the evening the
ombudsman's count") is no part of the owner's name."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer, published="2023-09-21"):
    return {e["quote"][:24] + "|" + p: e for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def _claimant(text, place, start, gazetteer):
    got = _events(text, gazetteer)
    return next(e["claimed_by"] for k, e in got.items() if k.endswith("|" + place) and e["quote"].startswith(start))


_OPENING = ("Yesterday the people of Askeran were taken to Stepanakert, the Karabakh human rights defender Gegham "
            "Stepanyan said. Azerbaijani officials had said that morning that two soldiers died near Lachin. ")


def test_ombudsman_count_grown(gazetteer):
    text = _OPENING + "Overnight the ombudsman's count had grown to 900 people taken out of Martakert."
    assert _claimant(text, "Martakert", "Overnight", gazetteer) == "Nagorno-Karabakh Ombudsman"


def test_ombudsman_tally_after_time_with_the(gazetteer):
    text = _OPENING + "By the evening the ombudsman's tally had risen to 1,200 people who left Martuni."
    assert _claimant(text, "Martuni", "By the evening", gazetteer) == "Nagorno-Karabakh Ombudsman"


def test_ministry_tally_stood_at(gazetteer):
    text = ("Officials in Yerevan said a shell landed near Goris. The Azerbaijani defence ministry said its posts were "
            "fired on near Aghdam. Armenian media reported calm in Sisian. The ministry's tally stood at twelve shells "
            "fired at Tartar.")
    assert _claimant(text, "Tartar", "The ministry's", gazetteer) == "Azerbaijani MoD"


# --- near sentences where the rule must not fire ---

def test_toll_without_owner(gazetteer):
    text = _OPENING + "The death toll in Martuni rose to nine."
    assert _claimant(text, "Martuni", "The death toll", gazetteer) != "Nagorno-Karabakh Ombudsman"


def test_farm_count_is_no_source(gazetteer):
    text = _OPENING + "The farm's count had grown to forty cows in Martakert."
    assert _claimant(text, "Martakert", "The farm's", gazetteer) not in ("Nagorno-Karabakh Ombudsman", "farm")


def test_team_tally_is_no_source(gazetteer):
    text = _OPENING + "The team's tally had reached three wins at the Martakert stadium."
    assert _claimant(text, "Martakert", "The team's", gazetteer) not in ("Nagorno-Karabakh Ombudsman", "team")


def test_ombudsman_count_of_other_side(gazetteer):
    text = ("Shells struck Tartar, the Azerbaijani ombudswoman Sabina Aliyeva said. Armenian officials denied it. "
            "The ombudswoman's count had grown to thirty homes hit in Tartar.")
    assert _claimant(text, "Tartar", "The ombudswoman's", gazetteer) == "Azerbaijani Ombudsman"
