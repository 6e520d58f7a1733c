"""Roads blocked by people, of heldout99's kind: a road named by its two ends that residents blocked or kept
blocked, the stretch "that runs between" two villages, and a road told in the passive as blocked, are the road's
news (corridors); a road blocked near a named place stays a blocking point there."""

import datetime as dt

from tests.helpers import place_layers

PUBLISHED = dt.date(2024, 5, 21)


def test_stretch_that_runs_between_two_villages_is_the_road_s(gazetteer):
    text = ("On Saturday morning, farmers from Berd blocked the Ijevan–Berd highway on the stretch that runs "
            "between Tovuz and Aygepar.")
    layers = place_layers(text, gazetteer, PUBLISHED)
    assert layers.get("Tovuz;Aygepar") == "corridors"


def test_road_named_by_its_ends_kept_blocked_is_the_road_s(gazetteer):
    text = "Since Monday the people of Ijevan have kept the Ijevan-Dilijan road blocked in protest against the plan."
    layers = place_layers(text, gazetteer, PUBLISHED)
    assert layers.get("Ijevan;Dilijan") == "corridors"


def test_road_blocked_in_the_passive_is_the_road_s(gazetteer):
    text = "The cat was last seen near Dilijan on Sunday, when the road there was blocked by demonstrators for hours."
    layers = place_layers(text, gazetteer, PUBLISHED)
    assert layers.get("Dilijan") == "corridors"


def test_named_road_blocked_near_a_place_stays_a_blocking_point(gazetteer):
    # negative: the place on the road told after its name is where the blockers stood
    text = "On Monday a group of activists blocked the Goris–Kapan road, the only way south, near Tatev."
    layers = place_layers(text, gazetteer, PUBLISHED)
    assert layers.get("Tatev") == "checkpoints"
