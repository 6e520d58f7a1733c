"""Places of roads blocked with barriers, and places that only say where the staff or a credit line sit: the towns
of a road barriers were put across or that was closed with barricades ("put concrete blocks across the road from A
to B", "closed the A-B road with barricades", "a roadblock on the A-B road"); a credit line opening "Prepared by"
or set apart by middle dots ("KAPAN · Updated ... · By the desk"); "our correspondents in A", "our volunteers in B"."""

from tests.helpers import rows


def places(text, gazetteer):
    return {name for c in rows(text, gazetteer) for name in c["place_name"].split(";")}


def test_barriers_put_across_a_road_named_by_its_towns_block_it(gazetteer):
    assert {"Goris", "Kapan"} <= places("On Monday villagers put concrete blocks across the road from Goris to Kapan.",
                                        gazetteer)


def test_a_road_closed_with_barricades_is_still_the_road_closed(gazetteer):
    text = "Police have now closed the Ijevan-Dilijan road with barricades and barbed wire, a local channel showed."
    assert {"Ijevan", "Dilijan"} <= places(text, gazetteer)


def test_a_roadblock_on_a_road_named_by_its_towns_in_a_numbered_line(gazetteer):
    text = ("150 - metres between the villagers' roadblock on the Goris-Kapan road and the police line on Monday, "
            "according to a local official.")
    assert {"Goris", "Kapan"} <= places(text, gazetteer)


def test_a_credit_line_opening_prepared_by_is_no_scene(gazetteer):
    assert places("Prepared by the relief cell in Kapan.", gazetteer) == set()


def test_a_credit_line_set_apart_by_middle_dots_is_no_scene(gazetteer):
    text = "KAPAN · Updated Tuesday, 5 March 2024, 10:00 · By the association's road desk (editor: Aram Petrosyan)"
    assert places(text, gazetteer) == set()


def test_our_correspondents_or_volunteers_in_a_town_only_say_where_they_are(gazetteer):
    assert places("Our correspondents in Kapan and Sisian will be back with more news.", gazetteer) == set()
    assert places("If you are nearby, our volunteers in Kapan would be glad of help with the packing.",
                  gazetteer) == set()
    # (what volunteers do there is still news)
    assert "Kapan" in places("Volunteers in Kapan handed out bread to the refugees on Monday.", gazetteer)


def test_barriers_put_up_on_a_road_are_a_blockade_at_its_towns(gazetteer):
    text = "Some villagers have threatened to put up barriers on the Goris-Kapan road to stop the lorries."
    found = {c["place_name"]: c["layer"] for c in rows(text, gazetteer)}
    assert found.get("Goris") == "checkpoints" and found.get("Kapan") == "checkpoints", found
