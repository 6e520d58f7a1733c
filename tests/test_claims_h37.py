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


# -- "the Azerbaijani ministry" after the article named that side's ministry in full, though it had not spoken ----

@pytest.mark.parametrize("text, place, expected", [
    ("This digest relies on statements of the Azerbaijani Defence Ministry. A local daily quoted the Azerbaijani "
     "ministry as saying that Armenian units fired at positions near Tovuz.", "Tovuz", "Azerbaijani MoD"),
    ("None of the figures below were checked against the Armenian Defence Ministry's records. The Armenian ministry "
     "said on Friday that shells had fallen near Sotk.", "Sotk", "Armenian MoD"),
])
def test_a_side_s_ministry_named_before_is_its_bare_ministry(gazetteer, text, place, expected):
    assert claimants(text, gazetteer)[place] == expected


# -- "a news portal carried a ministry statement saying ...": the statement's issuer speaks, not the portal -------

@pytest.mark.parametrize("text, place, expected", [
    ("The Azerbaijani Defence Ministry said shells had landed near Lachin. A news portal carried a ministry "
     "statement saying that Armenian units fired at Tovuz.", "Tovuz", "Azerbaijani MoD"),
    ("The Armenian Defence Ministry reported fire near Jermuk. A weekly published a ministry statement saying "
     "that Azerbaijani forces had fired at Sotk.", "Sotk", "Armenian MoD"),
])
def test_a_carried_statement_is_its_issuer_s_claim(gazetteer, text, place, expected):
    assert claimants(text, gazetteer)[place] == expected
