"""Fire told with the day between the verb and where it came from ("fired late on Saturday from near X") is fire
from that place, as "fired late on Monday at X" is fire at it; staff dismissed on a day are not."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 7, 10)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_fired_late_on_a_day_from_near_a_place():
    assert _layers("Armenian units fired late on Saturday from near Kalbajar.") == {"Kalbajar": "shelling"}


def test_firing_on_a_day_and_part_of_it_from_heights():
    assert _layers("Troops were firing on Sunday night from the heights above Goris.") == {"Goris": "shelling"}


def test_fired_overnight_on_a_day_from_a_village_keeps_the_day():
    events = extract_text("Azerbaijani units fired overnight on Tuesday from Zod, the ministry said.", DAY)
    assert [(e["place"], e["layer"]) for e in events] == [("Zod", "shelling")]


def test_workers_fired_on_a_day_from_a_mill_are_no_fire():
    assert _layers("Ten workers were fired late on Friday from the mill in Goris.") == {"Goris": "other"}


def test_a_convoy_leaving_on_a_day_from_near_a_place_is_no_fire():
    assert _layers("A convoy of lorries left late on Saturday from near Kalbajar.")["Kalbajar"] != "shelling"


def test_units_seen_on_a_day_near_a_place_are_no_fire():
    assert _layers("Armenian units were seen late on Saturday near Kalbajar.") == {"Kalbajar": "other"}
