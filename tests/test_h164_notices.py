"""A shop's or a club's bare "Notices" heading is a routine section, but a line there passing on an event of the
conflict ("the X–Y highway was closed") is news; police and court notes stay routine."""

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


def test_a_road_closed_in_a_shops_notices_is_news():
    assert ("Ijevan;Dilijan", "corridors") in _places("Notices", CLOSED)


def test_the_shops_own_notice_stays_routine():
    assert _places("Notices", "Our van takes orders to Ijevan on Fridays and comes back the same evening.") == set()


def test_police_notes_stay_routine():
    assert _places("Police notes", CLOSED) == set()
