"""A one-word name written whole inside other places' longer names is a real name, no typo of a third place."""

import pytest

from geo.errors import PlaceNotFound
from geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_core_of_qualified_names_is_not_taken_for_a_far_typo(gazetteer):
    # "Garagoyunlu" is the core of "Boyuk Garagoyunlu" (Norabak) and "Tap Garagoyunlu": not Garagoylu,
    # an old name of Artsvaberd some 80 km from either
    with pytest.raises(PlaceNotFound) as caught:
        gazetteer.resolve("Garagoyunlu")
    assert "Norabak" in str(caught.value)


def test_typo_still_read_when_the_word_is_of_the_same_place(gazetteer):
    # "Martakerti" is a word of names near Martakert itself: still a spelling of Martakert
    assert gazetteer.resolve("Martakerti").place.name == "Martakert"


def test_plain_typo_still_read(gazetteer):
    assert gazetteer.resolve("Garagoylu").place.name == "Artsvaberd"
    assert gazetteer.resolve("Tatevi").place.name.startswith("Tatev")
