"""Claimants of heldout167's wordings: the Popular Front's information centre is the Azerbaijani Popular Front's."""
from geo.extract.actors import canonical_actor


def test_the_popular_fronts_information_centre_is_the_azerbaijani_popular_front():
    assert canonical_actor("Popular Front's information centre") == "Azerbaijani Popular Front"
    assert canonical_actor("the Popular Front information center") == "Azerbaijani Popular Front"


def test_a_bare_information_centre_is_still_the_karabakh_one():
    # negative case: an information centre no front is named with keeps its reading
    assert canonical_actor("information centre") == "Nagorno-Karabakh authorities"
