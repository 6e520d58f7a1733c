"""Two readings of how a dated, attributed sentence is written. A named day with its year ("on New Year's Eve 1991",
"on Christmas Day 1993", "on Easter Sunday 1992", "on the eve of New Year's Day 1993") is a stated day as much as
"31 December 1991" is: the fixed days are read from their calendar day, Easter counted for its year (Orthodox Easter
by the Julian reckoning), "the eve of" as the day before; without a year the day is left unread, and a named day
after the publication day is no day of the news. A speaker an outlet passes on after "according to" ("according to a
district official quoted by the Herald") makes the claim, as "officials, quoted by X, said" already reads and as
older annotated sets file such relays (the speaker, not the paper); something that is no speaker ("a report quoted
by the agency") is left as it was."""

import datetime as dt

from geo.dates import find_dates
from tests.helpers import claimant_of, rows

PUBLISHED = "2021-06-10"


def _days(sentence, published=dt.date(2021, 6, 10)):
    return [(span.start, span.end) for span in find_dates(sentence, published)]


def _date_of(place, text, gazetteer, published=PUBLISHED):
    return next(c["start_date"] for c in rows(text, gazetteer, published) if place in c["place_name"].split(";"))


def test_new_years_eve_with_a_year_is_the_last_day_of_that_year(gazetteer):
    text = "On New Year's Eve 1991 villagers blocked the road at Ijevan with lorries and stones."
    assert str(_date_of("Ijevan", text, gazetteer))[:10] == "1991-12-31"


def test_fixed_named_days_read_as_their_calendar_day():
    day = dt.date
    assert _days("On Christmas Day 1993 two shells fell on the market.") == [(day(1993, 12, 25), day(1993, 12, 25))]
    assert _days("On New Years Day 1992 the pass was closed.") == [(day(1992, 1, 1), day(1992, 1, 1))]
    assert _days("The truce held on Victory Day 1995, both sides said.") == [(day(1995, 5, 9), day(1995, 5, 9))]


def test_easter_is_counted_for_its_year():
    day = dt.date
    assert _days("On Easter Sunday 1993 the convoy reached the valley.") == [(day(1993, 4, 11), day(1993, 4, 11))]
    assert _days("On Orthodox Easter 1993 the convoy reached the valley.") == [(day(1993, 4, 18), day(1993, 4, 18))]


def test_the_eve_of_a_named_day_is_the_day_before():
    day = dt.date
    assert _days("On the eve of New Year's Day 1994 the guns fell silent.") == [(day(1993, 12, 31), day(1993, 12, 31))]


def test_a_named_day_without_a_year_is_not_read():
    assert _days("On New Year's Eve the villagers gathered by the fence.") == []


def test_a_named_day_after_publication_is_not_a_day_of_the_news():
    assert _days("The bridge is due to open on Christmas Day 2030.") == []


def test_speaker_quoted_by_a_paper_after_according_to_makes_the_claim(gazetteer):
    text = ("Within a week some 40 km of fences had been pulled down near Ordubad, according to a district official "
            "quoted by the Caspian Herald.")
    who = claimant_of("Ordubad", text, gazetteer, published=PUBLISHED)
    assert who and "official" in who.lower() and "Herald" not in who


def test_speaker_cited_by_an_agency_opening_the_sentence(gazetteer):
    text = "According to the border guards cited by the agency Novosti, shots were fired at Sadarak overnight."
    who = claimant_of("Sadarak", text, gazetteer, published=PUBLISHED)
    assert who and "Novosti" not in who


def test_a_document_quoted_by_an_agency_is_no_speaker_of_its_own():
    from geo.extract.claims import find_attributions
    found = find_attributions("According to a report quoted by the agency, shells hit Julfa.")
    assert [a.who for a in found] == ["a report quoted by the agency"]
