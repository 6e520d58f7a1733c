"""A piece that sets each sentence on a line of its own writes a paragraph as a block of lines with no blank line
between: a history stated decades back goes on through the block's days without a year, even in the month before
publication ("killed on 12 June 1993 at X." then "... dates the shelling of Y to 11 June"); after a blank line a day
of that month is still the report's own."""

from tests.helpers import rows


def _day(text, place, gazetteer, published):
    return next(str(r["start_date"]) for r in rows(text, gazetteer, published) if r["place_name"] == place)


def test_a_history_goes_on_through_its_block_of_lines(gazetteer):
    text = ("A date we keep\n"
            "He was killed on 12 June 1993 at Marzili, outside Aghdam.\n"
            "A later account dates the shelling of Shusha to 11 June, a day earlier.\n")
    assert _day(text, "Shusha", gazetteer, "2023-06-17") == "1993-06-11"


def test_after_a_blank_line_a_recent_day_is_the_reports_own(gazetteer):
    text = ("A date we keep\n"
            "He was killed on 12 June 1993 at Marzili, outside Aghdam.\n"
            "\n"
            "This week\n"
            "A new account says shells hit Shusha on 11 June.\n")
    assert _day(text, "Shusha", gazetteer, "2023-06-17") == "2023-06-11"
