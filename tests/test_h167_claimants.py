"""Claimants of heldout167's wordings: the Popular Front's information centre is the Azerbaijani Popular Front's."""
from geo.extract.actors import canonical_actor


def test_the_popular_fronts_information_centre_is_the_azerbaijani_popular_front():
    assert canonical_actor("Popular Front's information centre") == "Azerbaijani Popular Front"
    assert canonical_actor("the Popular Front information center") == "Azerbaijani Popular Front"


def test_a_bare_information_centre_is_still_the_karabakh_one():
    # negative case: an information centre no front is named with keeps its reading
    assert canonical_actor("information centre") == "Nagorno-Karabakh authorities"


def _claimants(text):
    import datetime
    from geo.extract import extract_text
    return [e["claimed_by"] for e in extract_text(text, datetime.date(2022, 3, 1))]


def test_a_named_person_of_a_commission_whose_name_lists_its_remit():
    text = ("On Monday, Anar Guliyev of the State Commission on Prisoners of War, Hostages and Missing Persons said "
            "a mass grave had been found in Edilli.")
    assert all(c.startswith("Anar Guliyev") for c in _claimants(text))


def test_a_list_of_speakers_is_not_one_body():
    # negative case: commas between people, no body named: not read as one long name
    text = "Anar Guliyev, his neighbours and the villagers said a mass grave had been found in Edilli."
    assert not any("Commission" in c for c in _claimants(text))


def test_an_outlet_that_ran_a_reportage_from_a_village_claims_what_it_found():
    text = "On Monday Trend ran a long reportage from Salakatin, where a farmer had found his old house in ruins."
    assert _claimants(text) and all(c for c in _claimants(text))


def test_a_person_running_something_from_a_village_is_no_outlet():
    # negative case: a man who ran a shop is no source
    text = "Samir ran a shop from Salakatin, where a farmer had found his old house in ruins."
    assert _claimants(text) == [""] * len(_claimants(text))


def test_an_outlets_chronology_going_back_to_a_day_is_its_claim():
    text = "Trend's chronology of the district goes back to 4 May 1991, when a tractor driver was shot near Tartar."
    assert _claimants(text) and all(c for c in _claimants(text))


def test_a_private_persons_chronology_is_no_source():
    # negative case: a name the actor table does not know
    text = "Samir's chronology goes back to 4 May 1991, when a tractor driver was shot near Tartar."
    assert _claimants(text) == [""] * len(_claimants(text))


def test_a_teller_inside_an_outlets_telling_is_the_innermost_source():
    text = "Several villagers, the paper said, told of shells falling on Tartar all night."
    assert _claimants(text) and all(c == "residents" for c in _claimants(text))


def test_a_place_before_the_outlets_aside_is_no_teller():
    # negative case: the words before the aside name no one
    text = "Tartar, the paper said, was shelled all night."
    assert all(c != "Tartar" for c in _claimants(text))
