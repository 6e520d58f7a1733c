"""Nagorno-Karabakh's state minister, named with the full name of the region ("Nagorno-Karabakh's state minister
said"), is the region's authorities, as "Karabakh's state minister" and "Artsakh state minister" already were; another
country's state minister or a minister of Nagorno-Karabakh of another post is not read as it."""

from geo.extract.claims import normalise_actor


def test_nagorno_karabakh_state_minister():
    assert normalise_actor("Nagorno-Karabakh's state minister") == "Nagorno-Karabakh authorities"
    assert normalise_actor("the Nagorno-Karabakh state minister") == "Nagorno-Karabakh authorities"


def test_person_named_with_the_post():
    assert normalise_actor("Gurgen Nersisyan") == "Nagorno-Karabakh authorities"


# --- near phrases that must not be read as it ---

def test_another_countrys_state_minister():
    assert normalise_actor("Germany's state minister") != "Nagorno-Karabakh authorities"


def test_armenian_minister():
    assert normalise_actor("Armenia's foreign minister") != "Nagorno-Karabakh authorities"


def test_state_ministry_of_another():
    assert normalise_actor("Russia's state ministry") != "Nagorno-Karabakh authorities"
