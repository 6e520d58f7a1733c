"""A day of the month said with "of this month" or "of last month" ("on the third of this month for the opening")
is that day, whatever word follows it; without the month words, a word that does not open a clause still reads the
ordinal as no day."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2011, 6, 22)


def _dates(text, gazetteer):
    return {(e["place"], e["start_date"]) for e in extract_text(text, DAY, gazetteer, source="test")}


def test_a_day_of_this_month_before_for(gazetteer):
    assert _dates("The premier flew to Stepanakert on the third of this month for the opening of a school.",
                  gazetteer) == {("Stepanakert", "2011-06-03")}


def test_a_day_of_last_month_before_for(gazetteer):
    assert _dates("Shells hit Tartar on the 14th of last month for the second time.",
                  gazetteer) == {("Tartar", "2011-05-14")}


# near sentences where no day is read from the ordinal

def test_an_ordinal_before_a_noun(gazetteer):
    assert _dates("Shells hit the 12th kilometre of the road near Tartar.", gazetteer) != {("Tartar", "2011-06-12")}


def test_an_ordinal_before_for_without_the_month(gazetteer):
    assert _dates("The premier flew to Stepanakert on the third for the opening of a school.",
                  gazetteer) == {("Stepanakert", "2011-06-22")}


def test_an_anniversary_counted_is_no_day(gazetteer):
    assert _dates("The premier came to Stepanakert for the twentieth anniversary of the republic.",
                  gazetteer) == {("Stepanakert", "2011-06-22")}
