"""A relative or friend said to be in a town ("my sister in X says ...") tells of that town when the words put a
curfew or fire "there"; the town is no body speaking, and no event when nothing of the kind is told there."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2020, 10, 25)


def _events(text):
    return {e["place"]: e for e in extract_text(text, _DAY)}


def test_curfew_kept_there_after_a_relative_in_a_town():
    text = "My sister in Mingachevir says the curfew is still strictly kept there after nine."
    assert _events(text)["Mingachevir"]["layer"] == "checkpoints"


def test_rockets_there_after_a_friend_in_a_town():
    text = "Our neighbour's son in Mingachevir says rockets fell there on Sunday night."
    assert _events(text)["Mingachevir"]["layer"] == "shelling"


def test_a_relative_in_a_town_with_no_news_there_is_no_event():
    assert "Mingachevir" not in _events("My sister in Mingachevir says the bakery there is busy as ever.")
