"""A shop's or a club's bare "Notices" heading is a routine section, but a line there that passes on an event of the
conflict, citing who told it or telling it as past, is news; the house's own plans and police notes stay routine."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 3, 8)
PAGE = """CORNER BAKERY, DILIJAN
Price list, Monday 8 March 2021

Bread
Lavash, per sheet.
Matnakash, a big loaf.

{heading}
{line}
We are open every day but Sunday.

House rules
Please bring your own bags.
"""
CLOSED = "The ministry said yesterday that the Ijevan–Dilijan highway was closed to traffic after a rockfall."


def _places(heading, line):
    return {(e["place"], e["layer"]) for e in extract_text(PAGE.format(heading=heading, line=line), DAY)}


def test_a_road_closed_as_a_source_said_is_news():
    assert ("Ijevan;Dilijan", "corridors") in _places("Notices", CLOSED)


def test_shelling_told_as_past_is_news():
    line = "Last winter's shelling broke the windows of Berd, and the glaziers are still busy."
    assert ("Berd", "shelling") in _places("Notices", line)


def test_a_closure_the_house_only_plans_for_stays_routine():
    line = "Our van to Ijevan may turn back at the pass if the road is closed by snow."
    assert _places("Notices", line) == set()


def test_the_shops_own_notice_stays_routine():
    assert _places("Notices", "Our van takes orders to Ijevan on Fridays and comes back the same evening.") == set()


def test_police_notes_stay_routine():
    assert _places("Police notes", CLOSED) == set()
