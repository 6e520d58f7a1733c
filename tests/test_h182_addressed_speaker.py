"""A closing "she said" after someone "asked her why ..." is not that someone: the one named spoke to the speaker."""

import datetime

from geo.extract import extract_text

PUBLISHED = datetime.date(2012, 9, 25)


def _claims(text):
    return [e["claimed_by"] for e in extract_text(text, PUBLISHED)]


def test_visitor_who_asked_her_is_not_the_speaker():
    text = ("Mariam Avetisyan told the weekly that she stayed behind in Vank in 1992. "
            "Samvel Babayan came to Vank in person and asked her whether she would leave, she said.")
    assert _claims(text)[-1] == "Mariam Avetisyan"


def test_speaker_past_an_outlet_heard_between():
    text = ("Mariam Avetisyan told the weekly that she stayed behind in Vank in 1992. "
            "By the weekly's account, Vank was shelled daily. "
            "Samvel Babayan came to Vank in person and asked her why she had stayed, she said.")
    assert _claims(text)[-1] == "Mariam Avetisyan"


def test_named_subject_who_speaks_stays_the_speaker():
    # no one is spoken to: the person the sentence opens with is the "he" who says it
    text = ("Mariam Avetisyan told the weekly that she stayed behind in Vank in 1992. "
            "Samvel Babayan came to Vank in person and found the school burned, he said.")
    assert _claims(text)[-1] == "Samvel Babayan"
