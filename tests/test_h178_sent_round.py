"""Traffic sent or gone round another way ("drivers are now sent round by X") is a detour: the route's news, at
the place the traffic comes from as at the one it goes round by."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2026, 2, 4)


def _layers(text):
    return {place: e["layer"] for e in extract_text(text, DAY) for place in e["place"].split(";")}


def test_drivers_sent_round_by_a_village():
    layers = _layers("Drivers coming from Dilijan are now sent round by Berd, the police said.")
    assert layers["Dilijan"] == "corridors"
    assert layers["Berd"] == "corridors"


def test_news_sent_round_by_word_of_mouth_is_no_detour():
    layers = _layers("The news from Dilijan went round by word of mouth in Berd.")
    assert layers["Dilijan"] == "other"
