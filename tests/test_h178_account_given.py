"""An account named by who gave it, with no "that" ("by the account the ministry gave at the time"), is the
giver's telling, as "by the ministry's account" is."""
from geo.extract.claims import find_attributions


def _who(sentence):
    return [a.who for a in find_attributions(sentence)]


def test_account_the_body_gave():
    assert _who("Two posts were hit near Berd, by the account the Armenian defence ministry gave that night.") \
        == ["the Armenian defence ministry"]


def test_according_to_the_account_the_body_gave():
    assert _who("Two posts were hit near Berd, according to the account the Armenian defence ministry gave.") \
        == ["the Armenian defence ministry"]


def test_paid_by_the_account_is_no_source():
    assert _who("The workers near Berd were paid by the account the council gave them.") == []


def test_account_of_events_is_no_giver():
    assert _who("Troops crossed near Berd, by the account of events the council gave.") == []
