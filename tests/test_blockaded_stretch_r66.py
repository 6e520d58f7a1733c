"""A road blocked on a stretch told by its own two ends: "blocked the A–B highway on the C–D stretch" names the long
road by its far-off termini only to say which road it is, while the stretch's end towns C and D are where the road
was shut, so they (not A and B) carry the blockade on the corridors layer. A closure told in the same sentence
beside such a blockade ("and police closed the road further on") is the same road shut, not another event on it, so
it no longer takes the stretch's towns away. A stretch not hung on a road, and a closure with no blockade, read as
before."""

from tests.helpers import rows, waypoint_layers


def _places(text, gazetteer):
    return {name for c in rows(text, gazetteer) for name in c["place_name"].split(";")}


def test_stretch_ends_of_a_blocked_highway_are_its_places(gazetteer):
    text = "Farmers blocked the Yerevan-Meghri highway on the Goris-Kapan stretch for three hours."
    found = waypoint_layers(text, gazetteer)
    assert found.get("Goris") == "corridors"
    assert found.get("Kapan") == "corridors"
    assert "Yerevan" not in found and "Meghri" not in found


def test_a_closure_beside_the_blockade_keeps_the_stretch(gazetteer):
    text = ("Farmers from nearby villages blocked the Yerevan-Meghri highway on the Goris-Kapan stretch on Monday, "
            "and traffic police shut the road further south to turn lorries back.")
    found = waypoint_layers(text, gazetteer)
    assert found.get("Goris") == "corridors"
    assert found.get("Kapan") == "corridors"
    assert "Yerevan" not in found and "Meghri" not in found


def test_two_roads_listed_side_by_side_keep_all_their_towns(gazetteer):
    # not a stretch of the first road: a second road, after "and"
    text = "The Vanadzor-Alaverdi road and the Dilijan-Ijevan stretch were blocked by farmers for three hours."
    assert {"Vanadzor", "Alaverdi", "Dilijan", "Ijevan"} <= _places(text, gazetteer)


def test_a_closure_alone_is_still_the_roads_closure(gazetteer):
    text = "Traffic police closed the Goris-Kapan road on Monday for repairs."
    found = [(c["place_name"], c["layer"], c["kind"]) for c in rows(text, gazetteer)]
    assert found == [("Goris;Kapan", "corridors", "closure")]
