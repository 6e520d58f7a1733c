"""A name before a water word is the water's name: a reservoir the gazetteer lacks is kept as that reservoir at
the district the sentence places it in, and a river the gazetteer lacks is neither a village nor a bridge."""

import datetime as dt

from geo.extract import extract_text


def found(text, gazetteer):
    return {c["place_name"]: c for c in extract_text(text, dt.date(2023, 6, 1), gazetteer)}


def test_an_unknown_reservoir_in_a_district_is_the_reservoir_not_a_village(gazetteer):
    places = found("Engineers began rebuilding the Gulbaghchay reservoir in the Aghdam district on Monday. "
                   "The Gulbaghchay reservoir will water fields below the dam.", gazetteer)
    assert "Gulbaghchay Reservoir" in places, places.keys()
    assert "Gulbaghchay" not in places and "Aghdam District" not in places
    assert places["Gulbaghchay Reservoir"]["geo_source"] == "approximate"


def test_unknown_reservoirs_in_the_plural_keep_their_district_out(gazetteer):
    places = found("Builders will finish the Marjanli reservoirs in the Fuzuli district by spring.", gazetteer)
    assert set(places) == {"Marjanli Reservoirs"}, places.keys()


def test_a_river_the_gazetteer_lacks_is_no_village_or_bridge(gazetteer):
    places = found("Surveyors walked both banks of the Hakari river to choose a site for the new dam.", gazetteer)
    assert "Hakari Bridge" not in places, places.keys()
    places = found("Canals will draw on future dams on the Hakari and Bargushad rivers.", gazetteer)
    assert not places, places.keys()


def test_the_bridge_over_a_river_is_still_the_bridge(gazetteer):
    places = found("Border guards set up a post at the bridge over the Hakari river on Sunday.", gazetteer)
    assert "Hakari Bridge" in places, places.keys()
