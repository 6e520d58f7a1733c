"""Layers of several axes of an attack named at once, of shrapnel wounds, and of a vehicle or its load travelling
through, to or from named places."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

DAY = datetime.date(2016, 4, 3)
_pairs = partial(place_layer_pairs, published=DAY)


def test_each_place_of_axes_named_together_is_fighting(gazetteer):
    pairs = _pairs("The army said it struck back in the Tartar-Aghdam and Fuzuli-Jabrayil directions.", gazetteer)
    for name in ("Tartar", "Aghdam", "Fuzuli", "Jabrayil"):
        assert (name, "shelling") in pairs


def test_traffic_in_both_directions_is_no_axis(gazetteer):
    pairs = _pairs("Lorries moved in both directions on the road between Goris and Kapan.", gazetteer)
    assert ("Goris", "shelling") not in pairs


def test_a_shrapnel_wound_is_fire_where_it_happened(gazetteer):
    assert ("Tartar", "shelling") in _pairs("A farmer was hurt by shrapnel outside Tartar on Sunday, the police "
                                            "said.", gazetteer)


def test_a_lorry_reaching_a_town_from_another_is_a_route_at_both(gazetteer):
    pairs = _pairs("On Monday a lorry of the Red Crescent reached Goris from Kapan after the talks ended.", gazetteer)
    assert ("Goris;Kapan", "corridors") in pairs


def test_a_load_travelling_by_way_of_towns_is_a_route_at_each(gazetteer):
    pairs = _pairs("Officials said the flour would travel by way of Yevlakh to Barda and Aghdam.", gazetteer)
    assert ("Yevlakh;Barda;Aghdam", "corridors") in pairs


def test_lorries_of_a_household_moving_in_are_no_route(gazetteer):
    pairs = _pairs("The last lorries with furniture reached Fuzuli in the evening.", gazetteer)
    assert ("Fuzuli", "corridors") not in pairs


def test_a_road_told_of_after_a_checkpoint_in_a_clause_of_its_own_is_a_route(gazetteer):
    pairs = _pairs("Drivers at the Kornidzor checkpoint said that the road towards Goris was busy with aid lorries.",
                   gazetteer)
    assert ("Goris", "corridors") in pairs
    pairs = _pairs("Buses queued at the Kornidzor checkpoint, and many families spent the night on the road from "
                   "Khankendi.", gazetteer)
    assert ("Stepanakert", "corridors") in pairs


def test_a_checkpoint_on_a_road_is_still_the_roads_news(gazetteer):
    assert ("Goris", "checkpoints") in _pairs("Soldiers set up a checkpoint near Goris on the road to Kapan.", gazetteer)


def test_a_road_named_by_its_town_and_agreed_to_is_a_route(gazetteer):
    assert ("Aghdam", "corridors") in _pairs("The local authorities agreed to the Aghdam road on Sunday.", gazetteer)


def test_lorries_at_the_approaches_to_a_checkpoint_are_no_fighting(gazetteer):
    pairs = _pairs("Twenty lorries stopped near Kornidzor, at the approaches to the checkpoint on the bridge.",
                   gazetteer)
    assert ("Kornidzor", "shelling") not in pairs
    assert ("Tartar", "shelling") in _pairs("Troops were fighting on the approaches to Tartar.", gazetteer)


def test_the_post_of_peacekeepers_by_a_town_is_a_checkpoint(gazetteer):
    assert ("Askeran", "checkpoints") in _pairs("Every lorry was cleared with the peacekeepers at their post near "
                                                "Askeran.", gazetteer)


def test_an_armys_vehicles_reaching_a_town_are_no_route(gazetteer):
    assert ("Shusha", "corridors") not in _pairs("Armoured vehicles of the army reached Shusha at dawn.", gazetteer)


def test_buses_carrying_people_who_arrive_are_no_route(gazetteer):
    assert ("Goris", "corridors") not in _pairs("The buses carrying refugees arrived in Goris late at night.", gazetteer)
