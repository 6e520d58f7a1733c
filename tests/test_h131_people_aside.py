"""A time in an aside on the people, set off by commas before the place ("Yesterday three veterans, all of whom fought
in 1992, went to X"), tells what they did before: the place takes the sentence's other date. A place inside the aside
keeps the aside's, and a lone date is still the place's."""

from tests.helpers import rows


def _day(text, place, gazetteer, published):
    return next(str(r["start_date"]) for r in rows(text, gazetteer, published) if r["place_name"] == place)


def test_a_time_in_an_aside_on_the_people_is_not_the_places(gazetteer):
    text = "Yesterday three veterans, all of whom fought near Shusha in 1992, laid flowers at Yerablur."
    assert _day(text, "Yerablur", gazetteer, "2012-05-14") == "2012-05-13"


def test_a_place_in_the_aside_keeps_its_time(gazetteer):
    text = "Yesterday three veterans, all of whom fought near Shusha in 1992, laid flowers at Yerablur."
    assert _day(text, "Shusha", gazetteer, "2012-05-14") == "1992-01-01"


def test_a_lone_date_is_still_the_places(gazetteer):
    text = "Three veterans, all of whom fought in 1992, laid flowers at Yerablur."
    assert _day(text, "Yerablur", gazetteer, "2012-05-14") == "1992-01-01"
