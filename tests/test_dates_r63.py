"""Dates: "earlier in the day" after a sentence that told of this morning is today, not a day an older entry of a
live page named; in a piece that marks a day "today, three years after" the war, a day of that season told without
its year is the war's ("was the next target" is no future)."""

from tests.helpers import rows


def _date_of(place, text, gazetteer, published):
    """The first day of the place's row."""
    return next(str(c["start_date"]) for c in rows(text, gazetteer, published) if c["place_name"] == place)


def test_earlier_in_the_day_after_this_morning_is_today(gazetteer):
    text = ("09:10 The ministry says its units took a height near Sotk on Saturday.\n\n"
            "12:05 The ministry says artillery shelled Berd this morning. It also says a rocket struck Tegh earlier "
            "in the day, wounding two people.")
    assert _date_of("Tegh", text, gazetteer, "2020-10-04").startswith("2020-10-04")


def test_a_day_told_in_a_piece_marking_a_day_years_after_is_that_years(gazetteer):
    text = ("Berd marks its day today, three years after the army took the hills around it in the war of 2020.\n\n"
            "After the capture of Tegh on 15 November, officials later said, Berd was the next target.")
    assert _date_of("Tegh", text, gazetteer, "2023-11-20").startswith("2020-11-15")

