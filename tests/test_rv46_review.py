"""Fire "taken" bare is fire at the posts or troops that took it, or told by where it came from; a house, a barn or a
truck that took fire caught it, and posts that took none were not hit. An outlet set off with ", as carried by X," or
", as relayed by X," passes on a speaker or a report heard before; a report told for the first time stays the outlet's."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2018, 6, 12)


def _layers(text, gazetteer):
    return {(e["place"], e["layer"]) for e in extract_text(text, DAY, gazetteer, source="test")}


def _claims(text, gazetteer):
    return {(e["place"], e["claimed_by"]) for e in extract_text(text, DAY, gazetteer, source="test")}


def test_a_house_that_took_fire_after_a_gas_leak_is_no_attack(gazetteer):
    assert ("Chinari", "shelling") not in _layers("A house in Chinari took fire on Monday after a gas leak, the "
                                                  "emergencies ministry said.", gazetteer)


def test_a_barn_that_took_fire_in_a_storm_is_no_attack(gazetteer):
    assert ("Berdavan", "shelling") not in _layers("An old barn in Berdavan took fire during a thunderstorm on "
                                                   "Sunday.", gazetteer)


def test_a_truck_that_took_fire_after_a_collision_is_no_attack(gazetteer):
    assert ("Tartar", "shelling") not in _layers("A fuel truck took fire on the road near Tartar after a collision.",
                                                 gazetteer)


def test_a_roof_that_took_fire_from_a_short_circuit_is_no_attack(gazetteer):
    assert ("Chinari", "shelling") not in _layers("The old roof of the school in Chinari took fire from a short "
                                                  "circuit on Monday.", gazetteer)


def test_officials_who_have_taken_fire_over_rebuilding_were_criticised(gazetteer):
    assert ("Tartar", "shelling") not in _layers("Local officials in Tartar have taken fire over the slow pace of "
                                                 "rebuilding.", gazetteer)


def test_fire_hoses_taken_to_a_village_are_no_attack(gazetteer):
    assert ("Berdavan", "shelling") not in _layers("Firefighters were taking fire hoses to Berdavan on Monday.",
                                                   gazetteer)


def test_fire_positions_taken_are_no_attack(gazetteer):
    assert ("Tartar", "shelling") not in _layers("Troops near Tartar took fire positions on the hills on Monday.",
                                                 gazetteer)


def test_positions_that_have_not_taken_fire_were_not_hit(gazetteer):
    assert ("Berdavan", "shelling") not in _layers("Positions near Berdavan have not taken fire since April, the "
                                                   "ministry said.", gazetteer)


def test_none_of_the_positions_took_fire(gazetteer):
    assert ("Chinari", "shelling") not in _layers("None of our positions near Chinari took fire overnight, the "
                                                  "ministry said.", gazetteer)


def test_positions_near_a_town_that_had_taken_fire_are_shelled_not_taken(gazetteer):
    assert _layers("Its positions near Aghdam had taken fire as well, the ministry said.", gazetteer) \
        == {("Aghdam", "shelling")}


def test_positions_near_a_long_list_of_villages_that_had_taken_fire_are_shelled(gazetteer):
    layers = _layers("The ministry said its positions near Berdavan, Chinari, Aygepar, Movses and Nerkin "
                     "Karmiraghbyur in the Tavush province had taken fire.", gazetteer)
    assert ("Berdavan", "shelling") in layers and ("Chinari", "shelling") in layers


def test_posts_that_took_fire_overnight_are_shelled(gazetteer):
    assert ("Berdavan", "shelling") in _layers("Armenian posts outside Berdavan took fire overnight, the defence "
                                               "ministry said.", gazetteer)


def test_positions_that_took_sustained_or_renewed_fire_are_shelled(gazetteer):
    assert ("Aghdam", "shelling") in _layers("Positions near Aghdam have been taking sustained fire since dawn, the "
                                             "ministry said.", gazetteer)
    assert ("Aghdam", "shelling") in _layers("Azerbaijani positions near Aghdam took renewed fire from Armenian units "
                                             "on Monday, the ministry said.", gazetteer)


def test_a_village_that_took_fire_from_positions_is_shelled(gazetteer):
    assert ("Chinari", "shelling") in _layers("Chinari took fire overnight from Azerbaijani positions, the village "
                                              "head said.", gazetteer)


def test_a_report_told_first_as_carried_by_an_outlet_is_the_outlets(gazetteer):
    claims = _claims("Residents of Chinari said the shelling lasted all night. A report, as carried by Trend, said "
                     "positions near Aghdam had come under mortar fire.", gazetteer)
    assert ("Aghdam", "Azerbaijani media") in claims


def test_an_update_as_relayed_by_an_agency_is_the_agencys(gazetteer):
    assert ("Aghdam", "Azerbaijani media") in _claims("An update, as relayed by APA on Monday, said positions near "
                                                      "Aghdam had come under mortar fire.", gazetteer)


def test_a_ministry_as_carried_by_an_agency_still_speaks(gazetteer):
    assert ("Tartar", "Azerbaijani MoD") in _claims("Azerbaijan's defence ministry, as carried on Monday by APA, said "
                                                    "Armenian units had fired on Tartar.", gazetteer)
