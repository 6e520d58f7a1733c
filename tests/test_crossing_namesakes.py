"""A crossing named after its village: the scorer reads the annotator's bare village name as the gazetteer's
crossing beside it; vehicles crossing "into a country over" a bridge are on a route; a crossing worked on ("to
furnish", "to finish") is the crossing's own news, not a waypoint."""

import datetime as dt
import importlib.util
from functools import partial
from pathlib import Path

import pytest

from tests.helpers import place_layers

PROJECT = Path(__file__).resolve().parent.parent
layers = partial(place_layers, published=dt.date(2024, 6, 1))


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_extract", PROJECT / "bench" / "eval_extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_village_name_also_names_the_crossing_filed_beside_it(gazetteer):
    names = _eval_module()._gold_names({"text": "Margara", "place": "Margara"}, gazetteer)
    assert {"Margara", "Margara crossing"} <= names, names


def test_a_town_without_a_crossing_of_its_name_gets_no_other_name(gazetteer):
    names = _eval_module()._gold_names({"text": "Gyumri", "place": "Gyumri"}, gazetteer)
    assert names == {"Gyumri"}, names


@pytest.mark.parametrize("text", [
    "Three vans crossed into Armenia across the Hakari bridge on Monday.",
    "Nine lorries crossed into Georgia over the Red Bridge before dawn.",
])
def test_vehicles_crossing_into_a_country_over_a_bridge_are_on_a_route(gazetteer, text):
    found = layers(text, gazetteer)
    assert found and set(found.values()) == {"corridors"}, found


@pytest.mark.parametrize("text", [
    "The Armenian side is working to furnish the Agarak crossing point.",
    "Georgia is hurrying to finish the Red Bridge crossing before winter.",
])
def test_a_crossing_worked_on_is_a_checkpoint(gazetteer, text):
    found = layers(text, gazetteer)
    assert found and set(found.values()) == {"checkpoints"}, found


def test_a_crossing_driven_to_stays_a_route(gazetteer):
    found = layers("Lorries drove to the Agarak crossing point.", gazetteer)
    assert found and "checkpoints" not in found.values(), found


def test_the_checkpoint_a_sentence_names_after_a_town_is_the_one_the_gazetteer_files_by_that_phrase(gazetteer):
    event = {"text": "Lachin", "place": "Lachin",
             "quote": "Two lorries of flour were held for hours at the Lachin checkpoint on Friday."}
    assert {"Lachin", "Hakari Bridge"} <= _eval_module()._gold_names(event, gazetteer)
    event["quote"] = "A convoy waited at the Lachin border checkpoint until noon."
    assert "Hakari Bridge" in _eval_module()._gold_names(event, gazetteer)


def test_the_town_named_alone_is_not_the_checkpoint_ten_kilometres_off(gazetteer):
    event = {"text": "Lachin", "place": "Lachin", "quote": "The first families moved back into Lachin on Friday."}
    assert _eval_module()._gold_names(event, gazetteer) == {"Lachin"}


def test_the_airport_a_sentence_names_after_a_town_matches_the_town_s_bare_name(gazetteer):
    event = {"text": "Fuzuli", "place": "Fuzuli",
             "quote": "The first passenger flight from Baku landed at the Fuzuli airport on Tuesday."}
    assert {"Fuzuli", "Fuzuli International Airport"} <= _eval_module()._gold_names(event, gazetteer)
    event["quote"] = "The first families moved into new flats in Fuzuli on Tuesday."
    assert "Fuzuli International Airport" not in _eval_module()._gold_names(event, gazetteer)


def test_a_bare_name_reads_its_bracketed_namesake_among_the_article_places(gazetteer):
    """An article on the Martakert villages that annotates "Hovtashen" means the village filed as "Hovtashen
    (Martakert)", not the Hovtashen in Armenia the bare name answers; an article in Armenia keeps the exact one."""
    module = _eval_module()
    exact = gazetteer.resolve("Hovtashen").place
    martakert = gazetteer.resolve("Martakert").place
    by_martakert = module._gold_names({"text": "Hovtashen", "place": "Hovtashen"}, gazetteer,
                                      near=(martakert.lat, martakert.lon))
    assert {exact.name, "Aliaghali"} <= by_martakert
    by_itself = module._gold_names({"text": "Hovtashen", "place": "Hovtashen"}, gazetteer, near=(exact.lat, exact.lon))
    assert "Aliaghali" not in by_itself
    assert "Aliaghali" not in module._gold_names({"text": "Hovtashen", "place": "Hovtashen"}, gazetteer)
