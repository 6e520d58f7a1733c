"""heldout158: a teller told by the run they drive, in an aside before they speak ("the baker's nephew, who drives
the bread van from X, says ...") only says who the teller is; war told in the sentence, or the run told as news
without the aside, keeps the town."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1991-12-30")


def test_driver_aside_before_the_teller_speaks(gazetteer):
    text = ("The baker's nephew, who drives the bread van from Tartar, says the families he met had left with "
            "nothing but blankets.")
    assert "Tartar" not in layers(text, gazetteer)


def test_driver_aside_with_fire_told_stays(gazetteer):
    text = "The baker's nephew, who drives the bread van from Tartar, says his van was shelled on the way."
    assert "Tartar" in layers(text, gazetteer)


def test_run_told_without_the_aside_stays(gazetteer):
    text = "The baker's nephew drives the bread van from Tartar and says the road is open again."
    assert "Tartar" in layers(text, gazetteer)
