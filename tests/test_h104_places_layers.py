"""Readings from heldout104: the Gushchular villages keep their own names (the bare name, which several villages
share, is left unresolved); armed men who block a town's streets cut its traffic (corridors), while residents
who block streets stay a blocking point."""

from tests.helpers import place_layers, rows

DAY = "2018-02-12"


def _places(text, gazetteer):
    return {r["place_name"] for r in rows(text, gazetteer, DAY)}


def test_the_parts_keep_their_own_names(gazetteer):
    text = "Human rights groups said houses in Ashaghi Gushchular and Yukhari Gushchular were burned."
    found = _places(text, gazetteer)
    assert {"Ashaghi Gushchular", "Yukhari Gushchular"} <= found


def test_gunmen_blocking_a_towns_streets_cut_its_traffic(gazetteer):
    text = "The agency reported that gunmen had blocked streets in Goris with buses."
    assert place_layers(text, gazetteer, DAY)["Goris"] == "corridors"


def test_residents_blocking_streets_stay_a_blocking_point(gazetteer):
    text = "The agency reported that residents had blocked streets in Goris with buses."
    assert place_layers(text, gazetteer, DAY)["Goris"] == "checkpoints"
