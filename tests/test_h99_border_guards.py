"""Border guards or troops who guard a line, or a line guarded by them, hold it at the places named (checkpoints),
as border guards deployed on a section of the border do; one that stopped guarding it, or a building guarded by
volunteers, is not."""

import datetime as dt

from tests.helpers import place_layers

PUBLISHED = dt.date(2024, 6, 3)


def test_border_troops_guarding_the_line_near_villages(gazetteer):
    text = "From Monday, the defence ministry said, its border troops guard the line near Aygepar and Movses."
    layers = place_layers(text, gazetteer, PUBLISHED)
    assert layers.get("Aygepar") == "checkpoints"
    assert layers.get("Movses") == "checkpoints"


def test_line_guarded_by_border_guards(gazetteer):
    text = "Since 1 June the line near Movses has been guarded by Armenian border guards instead of conscripts."
    assert place_layers(text, gazetteer, PUBLISHED).get("Movses") == "checkpoints"


def test_guards_who_stopped_guarding_or_other_guards_do_not_hold_a_line(gazetteer):
    # negative: no guarding told, or no border guards
    assert place_layers("The border guards stopped guarding the line near Movses last year.",
                        gazetteer, PUBLISHED).get("Movses") != "checkpoints"
    assert place_layers("The old church near Movses is guarded by volunteers.",
                        gazetteer, PUBLISHED).get("Movses") != "checkpoints"
