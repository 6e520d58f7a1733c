"""Border units opened on the border or in a border district are checkpoints ("the border guards opened three new
units in the X district", "opened a unit, one in the Y district, on the frontier"), as border posts set up are; a unit
opened in a hospital stays as it was. Soldiers standing on a road between two named places and hindering the
villagers' movement are checkpoints at each place named, not the road's traffic; soldiers who only drive on a road
stay as they were."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2021-09-14")


def test_border_guards_open_units_in_a_district(gazetteer):
    text = "In May the border guards opened three new units in the Zangilan district, a local paper wrote."
    assert layers(text, gazetteer).get("Zangilan District") == "checkpoints"


def test_a_unit_opened_in_each_of_two_districts(gazetteer):
    text = ("On Monday the State Border Service opened two military units, one in the Jabrayil district and one "
            "in the Zangilan district, on the frontier with Iran.")
    found = layers(text, gazetteer)
    assert found.get("Jabrayil District") == "checkpoints"
    assert found.get("Zangilan District") == "checkpoints"


def test_a_hospital_unit_is_no_border_unit(gazetteer):
    text = "The ministry opened a new unit in the Ganja children's hospital on Monday."
    assert layers(text, gazetteer).get("Ganja") != "checkpoints"


def test_soldiers_on_a_road_hindering_movement(gazetteer):
    text = ("In May the ombudsman said that Azerbaijani troops standing on the road from Sisian to Goris were "
            "preventing farmers from moving between their fields.")
    found = layers(text, gazetteer)
    assert found.get("Sisian") == "checkpoints"
    assert found.get("Goris") == "checkpoints"


def test_soldiers_driving_on_a_road_are_no_post(gazetteer):
    text = "A column of soldiers drove on the road from Sisian to Goris on Tuesday morning."
    assert "checkpoints" not in layers(text, gazetteer).values()
