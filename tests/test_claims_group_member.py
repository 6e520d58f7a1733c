"""Unnamed speakers after a group that spoke ("Others said", "One woman told the court", "A man from X said")
are more of that group; after a ministry they are not the ministry."""

from tests.helpers import claimant_pairs


TESTIMONY = ("At Tuesday's hearing several witnesses described shelling in Tegh.\n\n"
             "Others spoke of neighbours who were killed in Kornidzor.\n\n"
             "One woman told the court that her brother had vanished on the road between Goris and Khndzoresk in "
             "1993.\n\n"
             "A man from the Syunik province said his son had been wounded by a mine near Shurnukh in 2022.")


def test_unnamed_speakers_after_witnesses_are_witnesses(gazetteer):
    found = claimant_pairs(TESTIMONY, gazetteer)
    assert {claimant for _, claimant in found} == {"witnesses"}
    assert {place for place, _ in found} >= {"Tegh", "Kornidzor", "Shurnukh"}


def test_others_after_a_ministry_are_not_the_ministry(gazetteer):
    text = ("The Armenian Defence Ministry said shells had hit Tegh.\n\n"
            "Others said the fire had reached Kornidzor.")
    assert ("Kornidzor", "Armenian MoD") not in claimant_pairs(text, gazetteer)
