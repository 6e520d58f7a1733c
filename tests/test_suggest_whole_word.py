"""A bare word that begins the names of places of the region ("Hakari" of "Hakari Bridge") is not found on its own,
but those places are what the user most likely means: they are offered first in the "did you mean" message, before
the names only spelt alike, and the answer is still never a guess."""
import pytest

from geo.errors import PlaceNotFound
from geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _suggestions(gazetteer, name):
    with pytest.raises(PlaceNotFound) as caught:
        gazetteer.resolve(name)
    return caught.value.suggestions


def test_the_bridge_and_the_village_come_first_for_their_bare_word(gazetteer):
    offered = _suggestions(gazetteer, "Hakari")
    assert offered[:2] == ["Hakari Bridge", "Hakari (Zangilan)"]
    assert "Hakkâri (TR)" in offered          # the Turkish town is still named, marked as abroad


def test_a_bare_word_offers_at_most_three_places_of_the_region(gazetteer):
    offered = [name for name in _suggestions(gazetteer, "Lake") if not name.endswith(")")]
    assert 0 < len(offered) <= 3
    assert all(name.startswith("Lake ") for name in offered)


def test_a_typo_of_no_name_s_first_word_still_gets_the_names_spelt_alike(gazetteer):
    offered = _suggestions(gazetteer, "Stepanakertz Zqx")
    assert offered and not any(name.startswith("Stepanakertz") for name in offered)
