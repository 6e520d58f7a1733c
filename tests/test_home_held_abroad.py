"""A person's home named beside the country the person is held in is no scene of the detention."""

import datetime as dt

from geo.extract import extract_text


def _names(text):
    return {c["place_name"] for c in extract_text(text, dt.date(2021, 3, 1))}


def test_a_resident_held_in_another_country():
    found = _names("A second man, Arsen Harutyunyan, a resident of Gyumri, has been held in Azerbaijan since May.")
    assert "Gyumri" not in found, found


def test_a_named_man_of_a_village_held_abroad():
    found = _names("Armen Petrosyan of Berd is still being held in Azerbaijan, his family said.")
    assert "Berd" not in found, found


def test_a_home_alone_is_still_the_scene():
    found = _names("A resident of Berd was wounded by a sniper on Tuesday, the police said.")
    assert "Berd" in found, found
