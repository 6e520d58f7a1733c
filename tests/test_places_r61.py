"""Places of diplomats sitting down to talk, of the outlet's own reporter and of a long credit line, and a village
listed after another under a loose spelling: "the foreign ministers sat down in Geneva with their counterpart"
(talks there); "Our reporter in Kapan adds that ..." and "Compiled by the desk in Goris from statements, ..." (where
the staff sit); "took Tagaser, Jirakuz and Bulutan" (Jrakus, read through its spelling because a place comes before
it in the list); "Jiraguz", the English writing of the Azerbaijani "Ciraquz", is Jrakus."""

from tests.helpers import rows


def places(text, gazetteer, published="2020-10-20"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_ministers_who_sat_down_somewhere_with_a_counterpart_met_there(gazetteer):
    text = ("Hours later the foreign ministers of Armenia and Azerbaijan sat down in Geneva with their French "
            "counterpart.")
    assert "Geneva" in places(text, gazetteer)


def test_our_reporter_in_a_town_who_tells_of_other_places_only_says_where_he_is(gazetteer):
    text = "Our reporter in Kapan adds that villagers speak of renewed fire near Tegh and Kornidzor."
    found = places(text, gazetteer)
    assert {"Tegh", "Kornidzor"} <= found and "Kapan" not in found, found


def test_a_long_credit_line_compiled_by_a_desk_is_no_scene(gazetteer):
    text = ("Compiled by the monitor's desk in Goris from public statements, verified photographs and interviews "
            "with families who fled.")
    assert places(text, gazetteer) == set()


def test_a_village_listed_after_a_place_is_read_through_a_loose_spelling(gazetteer):
    assert {"Taghaser", "Jrakus", "Bulutan"} <= places("Troops took Tagaser, Jirakuz and Bulutan on Monday.",
                                                       gazetteer)


def test_jiraguz_is_the_english_writing_of_ciraquz(gazetteer):
    assert "Jrakus" in places("The army said it had taken Jiraguz and two heights.", gazetteer)
    assert "Jrakus" in places("Jiraguz and Tagaser were taken on Wednesday, the ministry said.", gazetteer)
