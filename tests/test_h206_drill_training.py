"""Troops told to train at a place hold a drill there: their guns fire at nobody, so the place is no shelling."""

from tests.helpers import rows


def _layers(text, gazetteer):
    return {c["place_name"]: c["layer"] for c in rows(text, gazetteer)}


def test_troops_with_guns_to_train_in_a_town_are_a_drill(gazetteer):
    found = _layers("Tank crews with howitzers and mortars will train in Ganja next week, the army said.", gazetteer)
    assert found.get("Ganja") == "other", found


def test_units_training_over_a_town_are_a_drill(gazetteer):
    found = _layers("Artillery units were training near Yevlakh on Tuesday, officials said.", gazetteer)
    assert found.get("Yevlakh") == "other", found


def test_guns_trained_on_a_town_are_still_fire(gazetteer):
    found = _layers("Armenian howitzers were trained on Tovuz and opened fire at dawn, the ministry said.",
                    gazetteer)
    assert found.get("Tovuz") == "shelling", found


def test_mortars_that_fired_on_a_town_are_still_fire(gazetteer):
    found = _layers("Mortars fired on Tovuz on Monday, the ministry said.", gazetteer)
    assert found.get("Tovuz") == "shelling", found
