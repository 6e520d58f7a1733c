"""The scorer reads an annotated bare name as the district when the sentence names the district: "the Goranboy
and Tartar districts came under fire" annotated as Goranboy and Tartar matches an answer at the districts."""

import importlib.util
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def _gold_names(event, gazetteer):
    spec = importlib.util.spec_from_file_location("eval_extract", PROJECT / "bench" / "eval_extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module._gold_names(event, gazetteer)


def test_names_closing_a_list_of_districts_also_name_the_districts(gazetteer):
    quote = "The ministry said the Goranboy, Tartar and Barda districts were shelled overnight."
    for name in ("Goranboy", "Tartar", "Barda"):
        assert f"{name} District" in _gold_names({"text": name, "place": name, "quote": quote}, gazetteer)


def test_a_front_direction_names_the_district(gazetteer):
    quote = "Heavy fighting went on in the Tovuz direction all night, the ministry said."
    assert "Tovuz District" in _gold_names({"text": "Tovuz", "place": "Tovuz", "quote": quote}, gazetteer)


def test_a_town_named_alone_stays_the_town(gazetteer):
    quote = "Shells fell on the centre of Tartar on Monday, residents said."
    assert _gold_names({"text": "Tartar", "place": "Tartar", "quote": quote}, gazetteer) == {"Tartar"}


def test_the_name_as_written_names_the_district_when_the_annotator_filed_it_under_another(gazetteer):
    quote = "The court heard that a shell had wounded him in the Aghdara district in 2021."
    event = {"text": "Aghdara", "place": "Martakert", "quote": quote}
    assert "Aghdara District" in _gold_names(event, gazetteer)


def test_the_villages_of_a_region_name_its_district(gazetteer):
    quote = "Artillery fire fell on the villages of the Martuni region overnight, the service said."
    event = {"text": "Martuni", "place": "Khojavend", "quote": quote}
    assert "Khojavend District" in _gold_names(event, gazetteer)
