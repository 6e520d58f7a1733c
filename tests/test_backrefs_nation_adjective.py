"""A bare "the town" is not read when the sentence names another place the gazetteer lacks (it may be the town
meant); a nation's adjective in that spot ("near the Iranian border") names no place, so it must not block the
reading the way an unknown village's name does."""

from tests.helpers import rows


def _bare(text, gazetteer, published="2020-10-22"):
    """Place names of the rows read from a bare noun."""
    return [c["place_name"] for c in rows(text, gazetteer, published) if "backref" in c["match"]]


def test_a_nation_s_adjective_does_not_block_the_town(gazetteer):
    text = ("The army said it had captured the town of Zangilan on Tuesday.\n\n"
            "Shells fell on the town near the Iranian border on Wednesday, the ministry said.")
    assert _bare(text, gazetteer) == ["Zangilan"]


def test_an_unknown_village_name_still_blocks_the_town(gazetteer):
    text = ("The army said it had captured the town of Zangilan on Tuesday.\n\n"
            "At a farm near Zorvelan, a shepherd said troops had shelled the town all night.")
    assert _bare(text, gazetteer) == []
