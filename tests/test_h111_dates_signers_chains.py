"""heldout111 reading, second round: a timetable's week heading keeps the publication day; "That morning, on
1 September" after a story's year is that year's day; "X once told Y that" keeps X as the claimant; police standing in
a chain across a street are a checkpoint; a note signed with a first name is no village."""
import datetime as dt

from geo.extract.pipeline import extract_text


def _events(text, published):
    return [(e["place"], e["layer"], e["start_date"], e["claimed_by"]) for e in extract_text(text, published)]


def _of(events, place):
    return [e for e in events if e[0] == place]


def test_week_heading_is_no_day_of_writing():
    text = ("GARDEN ROTA FOR JUNE\n\nWeek 2 (10-14 June)\nMonday: watering, Lilit.\n\nNews\n\n"
            "Yesterday the marchers set out again from the lake shore at Dilijan after a night's rest there.")
    events = _of(_events(text, dt.date(2024, 6, 12)), "Dilijan")
    assert events and str(events[0][2]) == "2024-06-11"


def test_single_day_heading_still_dates_its_entry():
    text = "Tuesday, 11 June\nToday the marchers set out again from Dilijan."
    events = _of(_events(text, dt.date(2024, 6, 14)), "Dilijan")
    assert events and str(events[0][2]) == "2024-06-11"


def test_that_morning_takes_the_story_year():
    text = ("Our coach went to school in Berd. He still remembers the first day of school in 2016. "
            "That morning, on 1 September, the mayor told Hetq that Azerbaijani troops had begun firing towards Berd.")
    events = [e for e in _of(_events(text, dt.date(2024, 5, 10)), "Berd") if e[1] == "shelling"]
    assert events and str(events[0][2]) == "2016-09-01"


def test_that_morning_without_an_earlier_year_keeps_the_latest_day():
    text = "That morning, on 1 September, the mayor told Hetq that troops had begun firing towards Berd."
    events = _of(_events(text, dt.date(2024, 5, 10)), "Berd")
    assert events and str(events[0][2]) == "2023-09-01"


def test_once_told_keeps_the_speaker():
    text = ("It comes from Chinari, where the village's head, Vahe Petrosyan, once told Hetq that the "
            "Azerbaijani side had kept the village under fire for three days.")
    events = _of(_events(text, dt.date(2024, 5, 13)), "Chinari")
    assert events and events[0][3] == "Vahe Petrosyan"


def test_police_standing_in_a_chain_is_a_checkpoint():
    text = "One evening dozens of officers closed the avenue in Vanadzor, standing in a chain two rows deep."
    events = _of(_events(text, dt.date(2024, 6, 14)), "Vanadzor")
    assert events and events[0][1] == "checkpoints"


def test_a_human_chain_of_protesters_is_no_checkpoint():
    text = "Protesters in Gyumri formed a human chain along the avenue on Sunday."
    assert all(e[1] != "checkpoints" for e in _events(text, dt.date(2024, 6, 14)))
    text = "Volunteers in Dilijan stood in a chain to pass sandbags."
    assert all(e[1] != "checkpoints" for e in _events(text, dt.date(2024, 6, 14)))


def test_note_signed_with_a_first_name_is_no_place():
    text = ("A note from Karen at the front desk. The shop will open late on Monday.\n"
            "With thanks, Karen Mikayelyan")
    assert not _events(text, dt.date(2024, 4, 23))


def test_a_letter_from_a_village_stays_a_place_without_a_full_name():
    text = "A letter from Karen reached the editors: Azerbaijani troops shelled Karen overnight."
    assert _events(text, dt.date(2024, 4, 23))
