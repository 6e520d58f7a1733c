"""Fire with the day told between the verb and the target ("fired late on Monday at X", "firing early on Sunday
towards Y") is fire at the target on that day, as "fired on X" and "fired heavily at X" are; a day followed by no
target ("fired late on Tuesday after the talks") is no fire."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 2, 14)      # a Wednesday


def _events(text, gazetteer):
    return {e["place"]: e for e in extract_text(text, DAY, gazetteer)}


def test_fired_late_on_a_weekday_at_a_village(gazetteer):
    text = "Soldiers across the line fired late on Monday at Berd, the Armenian ministry said."
    e = _events(text, gazetteer)["Berd"]
    assert (e["layer"], e["start_date"]) == ("shelling", "2024-02-12")


def test_firing_early_on_a_weekday_morning_towards_a_town(gazetteer):
    text = "Units on the heights were firing early on Tuesday morning towards Tovuz, the defence ministry reported."
    e = _events(text, gazetteer)["Tovuz"]
    assert (e["layer"], e["start_date"]) == ("shelling", "2024-02-13")


def test_a_day_with_no_target_after_it_is_no_fire(gazetteer):
    text = "The quarry near Berd fired late on Tuesday after the talks the last of its drivers, the mayor said."
    assert all(e["layer"] != "shelling" for e in _events(text, gazetteer).values())
