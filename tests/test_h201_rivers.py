"""A river is also the place of troops drilling along or on it, of pontoon bridges laid on it and of leaders
meeting at it (all `other`); villages along it and a fixed bridge on it still only locate."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2023-06-12")


def test_drills_along_a_river_are_there(gazetteer):
    text = "On Friday Iranian troops began two days of exercises along the Araz, the agency said."
    assert layers(text, gazetteer).get("Araz River") == "other"


def test_pontoons_laid_on_a_river_are_a_drill(gazetteer):
    text = "A video showed army engineers laying a pontoon bridge on the Aras for armoured vehicles."
    assert layers(text, gazetteer).get("Araz River") == "other"


def test_leaders_meeting_at_a_river(gazetteer):
    text = "On Tuesday the two ministers met at the Araz and opened a new pumping station, the agency reported."
    assert layers(text, gazetteer).get("Araz River") == "other"


def test_villages_along_a_river_only_locate(gazetteer):
    text = "The villages along the Araz had a quiet night, the farmers said."
    assert "Araz River" not in layers(text, gazetteer)


def test_a_fixed_bridge_on_a_river_only_locates(gazetteer):
    text = "Workers repainted the old railway bridge on the Aras on Wednesday."
    assert "Araz River" not in layers(text, gazetteer)


def test_a_crossing_is_still_a_way_across(gazetteer):
    text = "About fifty families crossed the Aras into Iran overnight."
    assert layers(text, gazetteer).get("Araz River") == "corridors"


def test_a_drill_named_as_a_report_subject_only_locates(gazetteer):
    text = "Your story on the Iranian exercise along the Araz left out the farmers who live there."
    assert "Araz River" not in layers(text, gazetteer)
