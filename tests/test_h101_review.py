"""Review of the Lachin handover rules: a blaze along a row of shops is no fire along the front line; every name of
streets named together ("on A and B streets") is a street's, the last one too; a monastery the peacekeepers guard
told after "with" is still their post."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2021-03-10")


def test_a_fire_along_a_line_of_shops_is_no_shelling(gazetteer):
    found = layers("A fire broke out along the line of shops in Goris on Monday night, firefighters said.", gazetteer)
    assert found.get("Goris") != "shelling"


def test_fire_along_the_line_of_contact_is_still_shelling(gazetteer):
    found = layers("On Sunday fire broke out again along the line of contact near Taghavard, one soldier was wounded.",
                   gazetteer)
    assert found.get("Taghavard") == "shelling"


def test_the_last_of_streets_named_together_is_no_town(gazetteer):
    found = layers("Thousands held a rally on Baghramyan and Abovyan streets in Yerevan on Saturday.", gazetteer)
    assert "Abovyan" not in found and "Baghramyan" not in found
    assert "Yerevan" in found


def test_a_town_after_and_with_no_streets_is_kept(gazetteer):
    found = layers("Protesters marched on Yerevan and Abovyan on Saturday.", gazetteer)
    assert "Abovyan" in found


def test_a_monastery_the_peacekeepers_guard_told_with_with_is_still_a_post(gazetteer):
    found = layers("The monks prayed at Dadivank, with the peacekeepers guarding the monastery.", gazetteer)
    assert found.get("Dadivank") == "checkpoints"


def test_a_road_open_with_the_peacekeepers_guarding_it_stays_traffic(gazetteer):
    found = layers("The Lachin road is open again, with the Russian peacekeepers guarding it.", gazetteer)
    assert found.get("Lachin corridor") == "corridors"
