"""Fires by who set them, on sentences written for it: a fire a side's forces set (or "fires were set" with no
setter named) is an attack (`shelling`) at each place it was set, along a road named by its towns at each town; a
fire of no stated cause, one only burning, spreading or put out, and one civilians set to their own homes or fields
is `other`. What fire was aimed at, named as "the targets were ...", is `shelling` there."""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import place_layers, waypoint_layers

layers = partial(place_layers, published=dt.date(2022, 8, 15))
waypoints = partial(waypoint_layers, published=dt.date(2022, 8, 15))
S, O = "shelling", "other"


@pytest.mark.parametrize("text, place, layer", [
    ('Armenian soldiers set fire to the pastures outside Jabrayil on Monday, the ministry in Baku said.', 'Jabrayil', S),
    ('The governor said enemy troops were setting fires in the meadows near Tegh.', 'Tegh', S),
    ('Azerbaijani units set the wheat fields of Chinari alight with tracer rounds.', 'Chinari', S),
    ('According to the ministry, the Armenian side started fires near Lachin overnight.', 'Lachin', S),
    ('Fresh fires were set near Berdavan on Thursday, villagers said.', 'Berdavan', S),
    ('Soldiers torched three houses in Vank before pulling out.', 'Vank', S),
    ('Fires deliberately set on the border burned hay near Sotk.', 'Sotk', S),
    ('Villagers set fire to their own houses in Kelbajar before leaving.', 'Kalbajar', O),
    ('Farmers in Aregni set fire to the stubble after the harvest.', 'Areni', O),
    ('The stubble near Shatvan was set on fire by farmers, the rescue service said.', 'Shatvan', O),
    ('A grass fire near Ijevan was put out on Tuesday.', 'Ijevan', O),
    ('About 80 hectares burned before the fires near Tatev were put out, officials said.', 'Tatev', O),
    ('The fire near Jermuk was extinguished by rescuers before dawn.', 'Jermuk', O),
    ('The fire set off a chain of explosions at a depot outside Gyumri.', 'Gyumri', O),
    ('Flames spread over the slopes above Meghri for a second day.', 'Meghri', O),
])
def test_layer_of_a_fire(gazetteer, text, place, layer):
    found = layers(text, gazetteer)
    assert found.get(place) == layer, found


@pytest.mark.parametrize("text, towns", [
    ('Armenian troops set new fires along the road from Tegh to Kornidzor, the ministry said.', ('Tegh', 'Kornidzor')),
    ('On Friday fires were set along the highway from Goris to Kapan, burning 30 hectares.', ('Goris', 'Kapan')),
])
def test_fire_set_along_a_road_is_fire_at_each_town(gazetteer, text, towns):
    found = waypoints(text, gazetteer)
    assert all(found.get(town) == S for town in towns), found


def test_fire_on_a_car_on_a_road_gives_its_towns_nothing(gazetteer):
    found = waypoints('A gunman opened fire on a lorry on the road from Sisian to Goris, wounding its driver.',
                      gazetteer)
    assert 'Sisian' not in found and 'Goris' not in found, found


@pytest.mark.parametrize("text, place, layer", [
    ('The target, the ministry said, was an Armenian post outside Tegh.', 'Tegh', S),
    ('The targets were army positions near Jabrayil, according to the statement.', 'Jabrayil', S),
    ('The targets for next year include two new schools in Goris.', 'Goris', O),
])
def test_targets_named_are_where_fire_was_aimed(gazetteer, text, place, layer):
    found = layers(text, gazetteer)
    assert found.get(place) == layer, found
