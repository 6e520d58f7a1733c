"""Claimants of sentences that open with a named road or place phrase, and of reports that name their publisher."""

import pytest

from tests.helpers import claimants


# -- "On the Kalbajar-Lachin road the agency counts ...": the opening phrase is no part of the speaker ----------

AGENCY = "Azerbaijani government (State Agency of Azerbaijan Automobile Roads)"


@pytest.mark.parametrize("text, place", [
    ("The State Agency of Azerbaijan Automobile Roads said work near Tovuz was nearly done. "
     "On the Kalbajar-Lachin road the agency counts four tunnels.", "Kalbajar;Lachin"),
    ("The State Agency of Azerbaijan Automobile Roads said work near Tovuz was nearly done. "
     "On the Kalbajar road the agency lists three new bridges.", "Kalbajar"),
    ("The State Agency of Azerbaijan Automobile Roads said work near Tovuz was nearly done. "
     "Along the Lachin highway the agency says two tunnels are finished.", "Lachin"),
])
def test_an_opening_road_phrase_is_not_the_speaker(gazetteer, text, place):
    assert claimants(text, gazetteer)[place] == AGENCY


# -- "according to a report published this week by X": X, the publisher, even with a time between --------------

@pytest.mark.parametrize("text, place, expected", [
    ("Two lorries crossed at Tovuz on Monday, according to a report and photographs published on Tuesday by an "
     "Azerbaijani news site.", "Tovuz", "Azerbaijani media"),
    ("Mines were cleared near Lachin, according to a report released last week by an Armenian news site.",
     "Lachin", "Armenian media"),
    ("A school opened in Kalbajar, according to a video posted this morning by Azerbaijani state television.",
     "Kalbajar", "Azerbaijani media"),
])
def test_a_report_s_publisher_after_a_time_is_the_claimant(gazetteer, text, place, expected):
    assert claimants(text, gazetteer)[place] == expected

