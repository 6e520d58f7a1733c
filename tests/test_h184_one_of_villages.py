"""A village named as one of an area's villages ("A was among the nine villages of the Z district taken that day")
is the news; the district only says where it lies."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2020, 11, 2)


def _places(text):
    return {e["place"] for e in extract_text(text, _DAY)}


def test_village_among_the_districts_villages():
    places = _places("Mehdili was among the nine villages of the Jabrayil district taken on 4 October.")
    assert "Mehdili" in places and not any(p.startswith("Jabrayil") for p in places)


def test_two_villages_among_the_districts_villages():
    places = _places("Mehdili and Chakhirli were among the villages in the Jabrayil district that were shelled.")
    assert {"Mehdili", "Chakhirli"} <= places and not any(p.startswith("Jabrayil") for p in places)


def test_villages_of_a_district_with_none_named_keep_the_district():
    places = _places("The army entered several villages of the Jabrayil district on 4 October.")
    assert any(p.startswith("Jabrayil") for p in places)
