"""Sentences on which rules of the heldout58 round misfired: "the directions of" a person are orders, no axes; an
appositive place that names no axis ("asked for directions, the village of X being hard to find"); goods carried
into a warehouse from abroad went along a route; the villages a body shelled inside a subject are no lister; an
outlet's own correspondent is no source closing its report; the town a reporter writes from that the sentence then
speaks of is the scene; two names a festival programme includes are no villages."""

import datetime as dt
from functools import partial

from tests.helpers import claimant_of, place_layers, rows

layers = partial(place_layers, published=dt.date(2022, 3, 10))


def places(text, gazetteer):
    return {c["place_name"] for c in rows(text, gazetteer)}


def test_the_directions_of_a_person_are_orders_not_axes(gazetteer):
    assert layers("Police in Goris acted on the directions of the governor.", gazetteer).get("Goris") == "other"
    found = layers("Schools in Kapan reopened on Monday under the directions of the ministry.", gazetteer)
    assert found.get("Kapan") == "other", found


def test_directions_asked_for_name_no_axis_at_the_place_after_them(gazetteer):
    found = layers("Drivers asked for directions, the village of Tegh being hard to find.", gazetteer)
    assert found.get("Tegh") == "other", found


def test_goods_carried_into_a_warehouse_from_abroad_went_along_a_route(gazetteer):
    found = layers("Smugglers carried fuel into warehouses in Kapan from Iran.", gazetteer)
    assert found.get("Kapan") == "corridors", found


def test_the_villages_a_body_shelled_inside_the_subject_make_no_lister(gazetteer):
    text = "Residents of the villages the army shelled on Monday said their homes in Tegh were damaged."
    assert claimant_of("Tegh", text, gazetteer, "2022-03-10") == "residents"


def test_an_outlet_s_own_correspondent_closing_its_report_leaves_it_the_outlet_s(gazetteer):
    text = "Interfax reported that shells had hit Tegh, according to its correspondent."
    assert claimant_of("Tegh", text, gazetteer, "2022-03-10") == "Russian media"


def test_the_town_a_reporter_writes_from_and_then_speaks_of_is_the_scene(gazetteer):
    text = "Our correspondent, reporting from Tegh, said shells had hit the village twice."
    assert places(text, gazetteer) == {"Tegh"}


def test_two_names_a_festival_programme_includes_are_no_villages(gazetteer):
    assert places("In the Syunik province, the festival programme includes Komitas and Khachaturian.",
                  gazetteer) == set()
