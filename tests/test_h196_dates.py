"""A future that only describes a thing the sentence names ("on the plane that is to start regular flights next
week") does not make the sentence's weekday a day to come: a time ahead in the clause after "that" or "which", up
to a comma, is the thing's, so "next week" inside it leaves "On Thursday" the Thursday before publication. A future
of the sentence's own act still looks forward."""

from tests.helpers import rows


def _events(text, gazetteer, published="2023-08-19"):
    return [(r["place_name"], r["start_date"]) for r in rows(text, gazetteer, published)]


def test_next_week_inside_a_described_thing_leaves_the_weekday_past(gazetteer):
    text = ("On Thursday the minister flew to Sisian on the helicopter that is to carry tourists next week, "
            "his office said.")
    assert _events(text, gazetteer) == [("Sisian", "2023-08-17")]


def test_a_shelled_bridge_that_opens_next_week_keeps_the_day_of_the_shelling(gazetteer):
    text = "On Thursday a bridge that will open to lorries next week was shelled near Sisian, the ministry said."
    assert _events(text, gazetteer) == [("Sisian", "2023-08-17")]


def test_the_sentence_s_own_future_still_looks_forward(gazetteer):
    text = "On Thursday the minister will fly to Sisian on the helicopter that is to carry tourists, his office said."
    assert _events(text, gazetteer) == [("Sisian", "2023-08-24")]
