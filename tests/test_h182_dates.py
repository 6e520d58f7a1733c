"""Days told around a statement: "told reporters today that X had been shelled yesterday" is yesterday; a notice's
"Members from X will have heard already: on Wednesday ..." looks back, not a week ahead."""

import datetime

from geo.dates import FUTURE_TENSE
from geo.extract import extract_text

FRIDAY = datetime.date(2021, 3, 12)


def _dates(text):
    return {e["place"]: e["start_date"] for e in extract_text(text, FRIDAY)}


def test_told_reporters_today_that_shelled_yesterday():
    text = "The mayor told journalists today that Martuni had been shelled yesterday and that two men were hurt."
    assert str(_dates(text)["Martuni"]) == "2021-03-11"


def test_said_today_that_shelled_yesterday():
    assert str(_dates("The mayor said today that Martuni had been shelled yesterday.")["Martuni"]) == "2021-03-11"


def test_said_yesterday_that_shelled_today_unchanged():
    # the day it was said comes first only as "today": an opening "Yesterday" keeps its reading
    text = "Yesterday the mayor told journalists that Martuni had been shelled."
    assert str(_dates(text)["Martuni"]) == "2021-03-11"


def test_members_from_a_town_will_have_heard_already():
    text = "Readers from Martuni will have heard already: on Tuesday a drone struck the Amaras road near Martuni."
    assert str(_dates(text)["Martuni"]) == "2021-03-09"


def test_will_have_seen_without_already_still_looks_ahead():
    # only "already" after the verb makes any subject's "will have seen" a look back
    assert FUTURE_TENSE.search("By Tuesday the convoy from Goris will have seen the worst of the road.")
    assert FUTURE_TENSE.search("The monitors from Goris will have noticed the damage by Tuesday.")
    assert not FUTURE_TENSE.search("The monitors from Goris will have noticed already that the road is closed.")
