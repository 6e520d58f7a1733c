"""Places a sentence names only to say where something lies or who wrote it: the towns of a road named after a
place to locate it ("Masis, the town on the A-B highway", "Agarak, on the A-B road"), and a credit line closed by a
full stop ("Compiled by the news desk in X.")."""

from tests.helpers import rows


def places(text, gazetteer):
    return {name for c in rows(text, gazetteer) for name in c["place_name"].split(";")}


def test_a_road_after_a_town_in_apposition_only_locates_it(gazetteer):
    text = "Shelling hit Tegh, the village on the Goris-Kapan road, on Monday."
    assert places(text, gazetteer) == {"Tegh"}
    assert places("Shelling hit Tegh, on the Goris-Kapan road, on Monday.", gazetteer) == {"Tegh"}
    # (the road itself closed stays the route)
    assert {"Goris", "Kapan"} <= places("The Goris-Kapan road was closed on Monday.", gazetteer)


def test_a_credit_line_with_a_full_stop_is_no_scene(gazetteer):
    assert places("Compiled by the news desk in Ijevan.", gazetteer) == set()
    assert places("(Reporting by Anna Petrosyan in Kapan; editing by Mark Lewis.)", gazetteer) == set()
