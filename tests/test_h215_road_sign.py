"""A road sign put up near a place tells of no road: the place is no corridor's."""

from tests.helpers import place_layers


def test_a_road_sign_near_a_village_is_no_road(gazetteer):
    found = place_layers("Border guards put up a road sign near Kornidzor on Monday telling drivers whose land "
                         "they enter.", gazetteer)
    assert found["Kornidzor"] == "other", found


def test_the_road_itself_near_the_village_is_still_a_road(gazetteer):
    found = place_layers("Border guards closed the road near Kornidzor on Monday.", gazetteer)
    assert found["Kornidzor"] == "corridors", found


def test_signs_put_up_on_a_road_keep_the_road(gazetteer):
    found = place_layers("Workers put up new signs on the road to Kornidzor.", gazetteer)
    assert found["Kornidzor"] == "corridors", found
