"""A day written with its weekday in a later piece that tells an older year: the weekday picks the year the article
named, not the year of publication."""
import datetime as dt

from geo.dates import find_dates


def _days(sentence, published, year_named=None):
    return [d.start for d in find_dates(sentence, published, year_named=year_named)]


def test_weekday_fits_the_year_the_article_named():
    # 12 March 1994 was a Saturday; in 2019 it is a Tuesday
    assert _days("A neighbour remembered that on Saturday 12 March the market in Ganja was closed.",
                 dt.date(2019, 6, 3), year_named=1994) == [dt.date(1994, 3, 12)]


def test_weekday_before_a_shift_of_one_year():
    # 14 March 2021 was a Sunday; the piece of 2022 last wrote 1993 (14 March 1993 was a Sunday too)
    assert _days("The talks in Tbilisi on Sunday 14 March had failed.", dt.date(2022, 5, 2),
                 year_named=1993) == [dt.date(1993, 3, 14)]


def test_named_year_that_does_not_fit_is_not_taken():
    # 8 November 2020 was a Sunday; 2017's was a Wednesday: the year before publication is kept
    assert _days("On Sunday, 8 November the town fell.", dt.date(2021, 11, 20),
                 year_named=2017) == [dt.date(2020, 11, 8)]


def test_weekday_that_fits_publication_year_is_kept():
    # 3 March 2019 was a Sunday: the piece's own year, whatever year it named before
    assert _days("Crowds gathered in Gyumri on Sunday 3 March.", dt.date(2019, 3, 10),
                 year_named=1988) == [dt.date(2019, 3, 3)]


def test_an_older_named_year_is_tried_after_the_years_next_to_it():
    # 1990 named last (a book's year) does not fit Saturday 12 March; 1994, named before it, does
    assert find_dates("He remembered that on Saturday 12 March the market in Ganja was shut.", dt.date(2019, 6, 3),
                      year_named=1990, years_named=(1990, 1994))[0].start == dt.date(1994, 3, 12)


def test_the_year_next_to_it_comes_before_an_older_named_year():
    # Sunday 8 November: 2020 (the year before publication) fits, and so does 1992, named earlier; 2020 wins
    assert find_dates("On Sunday, 8 November the town fell.", dt.date(2021, 11, 20), year_named=2017,
                      years_named=(2017, 1992))[0].start == dt.date(2020, 11, 8)
