"""Two sides of different nations talking about something ("Yerevan and Baku are talking about reopening the road")
are in talks with each other: no one's account, so the outlet that reports the talks keeps the claim."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 3, 9)


def _claimants(text):
    return {e["claimed_by"] for e in extract_text(text, DAY)}


def test_two_capitals_talking_in_a_reported_clause_leave_the_outlet_the_claimant():
    text = ("A source quoted on Monday by the Telegram channel Voice of Syunik says Baku and Yerevan, with Moscow "
            "in between, are talking about opening the Goris–Lachin road to lorries.")
    assert _claimants(text) == {"Telegram channel Voice of Syunik"}
    text = ("The news site Hetq says Baku and Yerevan, with Moscow in between, are talking about opening the "
            "Goris–Lachin road to lorries.")
    assert _claimants(text) == {"Armenian media"}


def test_two_sides_talking_alone_name_no_claimant():
    assert _claimants("Armenia and Azerbaijan are talking about reopening the Ijevan road.") == {""}


def test_one_side_talking_about_a_place_is_still_its_account():
    # negative: one side's officials talking are the speakers
    assert _claimants("Armenian officials are talking about the shelling of Sotk.") == {"Armenian government"}
    # negative: one side and a town of its own are no two sides
    assert _claimants("Yerevan and Gyumri are talking about the shelling of Sotk.") != {""}
