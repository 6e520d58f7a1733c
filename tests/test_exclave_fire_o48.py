"""Fire in an exclave named by its capital ("positions in Nakhchivan") is the exclave's news when the sentence names
no smaller place, as fire in a province is; on its border, or as where fire came from, it still only locates."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 7, 9)


def _places(text):
    return {(c["place_name"], c["layer"]) for c in extract_text(text, DAY)}


def test_a_position_in_the_exclave_destroyed_by_fire_is_shelling_there():
    text = ("Border update\n"
            "The defence ministry said one of its positions in Nakhchivan was destroyed by mortar fire overnight.\n")
    assert ("Nakhchivan", "shelling") in _places(text)


def test_the_exclave_naming_a_border_only_locates():
    text = ("Border update\n"
            "The ministry said a soldier was wounded by sniper fire near the border with the Nakhchivan exclave.\n")
    assert ("Nakhchivan", "shelling") not in _places(text)


def test_a_smaller_place_named_keeps_the_fire_there():
    text = ("Border update\n"
            "The defence ministry said the village of Yeraskh was shelled from positions in Nakhchivan on Monday.\n")
    places = _places(text)
    assert ("Yeraskh", "shelling") in places
    assert ("Nakhchivan", "shelling") not in places
