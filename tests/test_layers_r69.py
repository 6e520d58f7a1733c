"""Layers of visits and of a site said to be gone: an official on his way to a town with the diplomatic corps or a
delegation is on a visit there, not a journey along a route; a visitor who walks through the areas hit by shelling
sees the damage, so the visit is the news, not a new attack; and a military airfield or base said to "no longer
exist" or to have been wiped out is the claim of its destruction (shelling), while an old mill that no longer
exists is no attack."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2021, 3, 9))


def test_on_the_way_with_diplomats_is_a_visit(gazetteer):
    text = "Around noon the minister's adviser posted that she was on her way to Goris with a group of ambassadors."
    assert layers(text, gazetteer).get("Goris") == "other"


def test_families_on_their_way_stay_a_route(gazetteer):
    text = "Dozens of families were on their way to Goris with their belongings."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_a_walk_through_areas_hit_is_a_visit(gazetteer):
    text = ("On Monday the French envoy arrived in Tartar, walked through the streets damaged by shelling and met "
            "the families of the victims.")
    assert layers(text, gazetteer).get("Tartar") == "other"


def test_shells_hitting_areas_stay_shelling(gazetteer):
    text = "On Monday shells hit residential areas of Tartar, and the governor later met the families of the victims."
    assert layers(text, gazetteer).get("Tartar") == "shelling"


def test_an_airfield_said_to_be_gone_is_shelling(gazetteer):
    text = "A military spokesman wrote online that the air base near Khojaly had ceased to exist."
    assert layers(text, gazetteer).get("Khojaly") == "shelling"


def test_an_old_mill_gone_is_no_attack(gazetteer):
    text = "The old water mill of Khojaly no longer exists, the local museum says."
    assert layers(text, gazetteer).get("Khojaly") != "shelling"
