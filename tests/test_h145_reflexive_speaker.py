"""A speaker followed by "himself" (or "herself", "themselves") is that speaker: the word is no part of the name."""
import datetime

from geo.extract import extract_text
from geo.extract.claims import find_attributions


def _who(sentence):
    return [a.who for a in find_attributions(sentence)]


def test_surname_himself_told_outlet():
    assert _who("Mammadov himself told Report.az that he had walked back to Lachin in May.") == ["Mammadov"]


def test_full_name_himself_said():
    assert _who("Ruben Hakobyan himself said that the road to Martakert had been shut for a week.") == ["Ruben Hakobyan"]


def test_body_themselves_said():
    assert _who("The shepherds themselves said the track above Zod was mined.") == ["shepherds"]


def test_event_claimant_with_himself():
    events = extract_text("Mammadov himself told Report.az that he had since gone back to Lachin.",
                          datetime.date(2022, 5, 1))
    assert [e["claimed_by"] for e in events if e["place"] == "Lachin"] == ["Mammadov"]


def test_himself_as_object_is_no_speaker():
    # "himself" after the verb changes nothing: no one speaks here
    assert _who("The driver hurt himself on the road near Lachin.") == []


def test_plain_speaker_unchanged():
    assert _who("Mammadov told Report.az that he had walked back to Lachin in May.") == ["Mammadov"]
