"""A bare name the gazetteer files only qualified ("Təpəkənd (Tərtər)") is a real village's name: it is no typo of a
place far from every village it heads (heldout126's variant list read "Təpəkənd" as Babak, 166 km away); it is asked,
with those villages offered. A typo of a name that heads nothing is still read."""

import pytest

from geo.errors import PlaceNotFound
from geo.gazetteer import load_gazetteer


def test_qualified_village_s_bare_name_is_no_far_typo():
    with pytest.raises(PlaceNotFound) as caught:
        load_gazetteer().resolve("Təpəkənd")
    assert "Tonashen" in caught.value.suggestions


def test_typo_of_a_town_is_still_read():
    assert load_gazetteer().resolve("Martakerti").place.name == "Martakert"


def test_short_typo_of_a_village_is_still_read():
    assert load_gazetteer().resolve("Meymana").place.name == "Mehmana"
