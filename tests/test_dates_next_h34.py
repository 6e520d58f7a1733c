"""A weekday in a sentence that says "the next stage", "the next round", "the next group": "next" there is the
following one of a series, not a tense, so the weekday is the last such day on or before publication. "next
Tuesday", "the next few days", "over the next two weeks", "in the next months" and a sentence with a tense of its
own still look ahead."""

import pytest

from tests.helpers import rows

PUBLISHED = "2022-10-12"          # a Wednesday


def start_dates(text, gazetteer):
    """Place → the start date of its last row."""
    return {r["place_name"]: r["start_date"] for r in rows(text, gazetteer, PUBLISHED)}


@pytest.mark.parametrize("text, place, day", [
    ("On Tuesday the next round of talks was held in Ijevan.", "Ijevan", "2022-10-11"),
    ("On Monday the next group of families moved to Sisian.", "Sisian", "2022-10-10"),
    ("On Sunday the next stage of the demining was completed near Tartar.", "Tartar", "2022-10-09"),
    ("The next shipment of grain arrived in Gyumri on Saturday.", "Gyumri", "2022-10-08"),
    ("On Friday the next batch of medicines was unloaded in Goris.", "Goris", "2022-10-07"),
    # still to come
    ("The talks in Dilijan resume next Tuesday.", "Dilijan", "2022-10-18"),
    ("The next round of talks will be held in Jermuk on Tuesday.", "Jermuk", "2022-10-18"),
    ("On Friday the next convoy is due to leave Ganja.", "Ganja", "2022-10-14"),
])
def test_weekday_with_next_of_a_series(gazetteer, text, place, day):
    assert start_dates(text, gazetteer)[place] == day


@pytest.mark.parametrize("text, place, day", [
    # "the next" before a span of time looks ahead
    ("Road works near Berd begin on Monday and go on over the next two weeks.", "Berd", "2022-10-17"),
    ("Crews in Vayk start on Thursday and stay on in the next months.", "Vayk", "2022-10-13"),
    ("Snow closes the road to Meghri on Friday, within the next 48 hours.", "Meghri", "2022-10-14"),
    ("Demining near Aghdam resumes on Monday and takes the next several days.", "Aghdam", "2022-10-17"),
    ("The market in Sevan opens on Sunday and grows in the next years.", "Sevan", "2022-10-16"),
    # "the next" before one of a series does not
    ("On Thursday the next wave of evacuees reached Kapan.", "Kapan", "2022-10-06"),
    ("On Monday the next session of the commission met in Gavar.", "Gavar", "2022-10-10"),
    ("The next phase of the exchange took place in Yeraskh on Tuesday.", "Yeraskh", "2022-10-11"),
])
def test_weekday_with_the_next_span_or_series(gazetteer, text, place, day):
    assert start_dates(text, gazetteer)[place] == day
