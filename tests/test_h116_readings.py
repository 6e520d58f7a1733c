"""Readings of a few phrasings of flights, quarters, outlets, capitals, mined approaches and bearings.

A traveller's own "had flown to X" is a flight like "flew to X", not people flown there by others; a town's
"residential districts of X" are its quarters, not the district of its name; an outlet told "by telephone" is the
agency a later "the agency reported" means; a capital named right after "fled" or "blockading" is the city itself;
troops that mined a town's approaches cut its ways in (corridors), not fighting on its approaches; and an outlet
named by its town and then by its own name ("the Yerevan weekly X") is X when "the weekly" names it again; "places
north of X in the Y district" lie in the district, X only gives their bearing; and "The ministry said, according to
Interfax, that" is the ministry's word, the outlet only relaying it."""

from functools import partial

from tests.helpers import claimant_pairs, place_layers, rows

PUBLISHED = "1993-06-19"
layers = partial(place_layers, published=PUBLISHED)
pairs = partial(claimant_pairs, published=PUBLISHED)


def test_own_flight_is_no_corridor(gazetteer):
    text = "Her spokesman said she had flown to Lachin, the town in the west, to avoid an armed standoff."
    assert layers(text, gazetteer).get("Lachin") == "other"


def test_people_flown_there_stay_a_corridor(gazetteer):
    assert layers("The wounded were flown to Lachin on Monday.", gazetteer).get("Lachin") == "corridors"


def test_residential_districts_are_the_town(gazetteer):
    found = layers("The mayor told reporters that rockets were falling on residential districts of Tartar.", gazetteer)
    assert "Tartar" in found
    assert "Tartar District" not in found


def test_districts_listed_stay_districts(gazetteer):
    found = layers("Rockets fell on villages in the districts of Tartar and Aghdam.", gazetteer)
    assert "Tartar District" in found and "Aghdam District" in found


def test_agency_told_by_telephone_is_the_agency_again(gazetteer):
    text = ("Armenian forces attacked Tartar on Sunday, and Azerbaijani television called it grave. The mayor, Ali "
            "Mammadov, told the Associated Press by telephone that shells hit Tartar. Families fled Tartar, the agency "
            "reported.")
    assert pairs(text, gazetteer)[-1] == ("Tartar", "Associated Press")


def test_agency_not_told_is_not_the_press_agency(gazetteer):
    text = ("Armenian forces attacked Tartar on Sunday, and Azerbaijani television called it grave. Families fled "
            "Tartar, the agency reported.")
    assert pairs(text, gazetteer)[-1][1] != "Associated Press"


def test_capital_fled_or_blockaded_is_the_city(gazetteer):
    assert "Yerevan" in layers("The war went on. The prime minister had fled Yerevan on Monday.", gazetteer)
    assert "Baku" in layers("The war went on. Rebel units were blockading Baku on Monday.", gazetteer)


def test_talks_with_a_capital_stay_its_government(gazetteer):
    assert "Baku" not in layers("The war went on. The talks with Baku stalled on Monday.", gazetteer)


def test_mined_approaches_cut_the_town(gazetteer):
    text = ("The rebels said they did not yet hold Tartar, because the troops had mined the approaches to the town "
            "and left it.")
    assert layers(text, gazetteer).get("Tartar") == "corridors"


def test_troops_on_the_approaches_stay_fighting(gazetteer):
    assert layers("Troops were on the approaches to Tartar.", gazetteer).get("Tartar") == "shelling"


def test_outlet_named_after_its_town_is_itself(gazetteer):
    # (the Yerevan weekly is read as itself, not as the town, and the actor table files it under Armenian media)
    text = "A member brought us a copy of the Yerevan weekly Golos Armenii. Shells hit Goris on 4 June, the weekly wrote."
    assert [c["claimed_by"] for c in rows(text, gazetteer, PUBLISHED)] == ["Armenian media"]


def test_outlet_named_by_its_town_alone_stays_the_press(gazetteer):
    text = "A member brought us a copy of a Yerevan weekly. Shells hit Goris on 4 June, the weekly wrote."
    assert [c["claimed_by"] for c in rows(text, gazetteer, PUBLISHED)] == ["Armenian media"]


def test_places_placed_by_a_bearing_lie_in_the_district(gazetteer):
    text = "The ministry said that enemy units had come close to several places north of Tartar in the Barda district."
    found = layers(text, gazetteer)
    assert "Barda District" in found
    assert "Tartar" not in found


def test_town_in_its_district_stays_the_town(gazetteer):
    assert "Tartar" in layers("Enemy units shelled Tartar in the Tartar district.", gazetteer)


def test_according_to_between_said_and_that_relays_the_teller(gazetteer):
    text = "The Azerbaijani defence ministry said on Tuesday, according to Interfax, that shells hit Tartar."
    assert [c["claimed_by"] for c in rows(text, gazetteer, PUBLISHED)] == ["Azerbaijani MoD"]


def test_closing_according_to_stays_the_outlet(gazetteer):
    text = "Shells hit Tartar on Tuesday, according to Interfax."
    assert [c["claimed_by"] for c in rows(text, gazetteer, PUBLISHED)] == ["Russian media"]
