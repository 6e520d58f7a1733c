"""A state lasting "since" a month is the background; the day "Yesterday" states is the event's."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 10, 20)


def _events(text, day=DAY):
    return extract_text(text, day)


def _event(text, name):
    return next(e for e in _events(text) if name in e["place_name"].split(";"))


# a state that had lasted "since" a month is the background, the day "Yesterday" states the event's

def test_yesterday_opening_a_sentence_with_the_speaker_set_off_beats_a_state_lasting_since_a_month():
    text = ("Yesterday, the governor wrote, the army took back the town of Horovlu, which had been held by the other "
            "side since August 1993.")
    assert _event(text, "Horovlu")["start_date"] == "2020-10-19"


def test_a_month_since_which_a_state_lasted_with_no_other_day_is_kept():
    # negative case: no day of the event stated; the "since" month is all the sentence gives
    text = "The town of Horovlu had been held by the other side since August 1993, the governor wrote."
    assert _event(text, "Horovlu")["start_date"] != "2020-10-19"
