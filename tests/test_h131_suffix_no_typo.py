"""A name and the Turkic suffix "-lı" (of, from: Qaradağ → Qaradağlı) is another place's name, no typo of the name
without it: "Garadagli", the bare name of villages the gazetteer files only qualified, is not read as Sevkar (whose old
GeoNames name is Garadag), 206 km from the Khojavend village; it is not found, with that village offered. A typo that
only adds a vowel, and a name filed as written, are still read."""

import pytest

from geo.errors import PlaceNotFound
from geo.gazetteer import load_gazetteer


@pytest.mark.parametrize("name", ["Garadagli", "Garadagly"])
def test_a_name_with_the_suffix_is_no_typo_of_the_name_without(name):
    with pytest.raises(PlaceNotFound) as caught:
        load_gazetteer().resolve(name)
    assert "Garadaghly (Khojavend)" in caught.value.suggestions


def test_a_vowel_added_is_still_a_typo():
    assert load_gazetteer().resolve("Martakerti").place.name == "Martakert"


def test_a_name_filed_with_the_suffix_is_read():
    assert load_gazetteer().resolve("Qubadli").place.name == "Gubadli"
