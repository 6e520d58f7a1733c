"""Villages that "had lost their link with" a town are cut off from it (a road's link, not a telephone's); a town's
seat named with its town after it ("the town hall in X", "the municipality of Y") speaks as that town's officials;
people surrounded where they work ("two farmers of X were surrounded") are held there, no village cut off; and the
village a head speaks of as "his village" is the one he heads."""

from functools import partial

from tests.helpers import claimant_of, waypoint_layers

layers = partial(waypoint_layers, published="2022-12-14")
claimant = partial(claimant_of, published="2021-05-14")


def test_villages_that_lost_their_link_with_a_town_are_cut_off(gazetteer):
    got = layers("The ministry said Hin Shen and Mets Shen had lost their link with Stepanakert.", gazetteer)
    assert got.get("Hin Shen") == "corridors"
    assert got.get("Stepanakert") == "corridors"


def test_a_road_connection_lost_is_cut_off_too(gazetteer):
    assert layers("Tegh lost its road connection to Goris on Monday.", gazetteer).get("Tegh") == "corridors"


def test_a_phone_connection_lost_is_no_road_cut(gazetteer):
    got = layers("Villagers in Tegh lost their phone connection with Goris on Monday.", gazetteer)
    assert got.get("Tegh") != "corridors"


def test_the_town_hall_in_a_town_speaks_for_it(gazetteer):
    text = "The town hall in Sisian said on Wednesday that soldiers had crossed the border near Verishen."
    assert "Sisian town hall" in claimant("Verishen", text, gazetteer)


def test_the_municipality_of_a_town_speaks_for_it(gazetteer):
    text = "The municipality of Kapan said on Wednesday that soldiers had crossed the border near Verishen."
    assert "Kapan municipality" in claimant("Verishen", text, gazetteer)


def test_a_capitals_city_hall_keeps_the_government_reading(gazetteer):
    text = "The city hall in Tbilisi said on Wednesday that a protest near Rustavi had ended."
    assert "town hall" not in (claimant("Rustavi", text, gazetteer) or "")
    assert "Tbilisi city hall" not in (claimant("Rustavi", text, gazetteer) or "")


def test_farmers_surrounded_on_their_fields_are_held_not_cut_off(gazetteer):
    got = layers("Last week three farmers of Khnatsakh were surrounded in their orchards by soldiers.", gazetteer)
    assert got.get("Khnatsakh") == "other"


def test_a_village_surrounded_by_troops_is_still_cut_off(gazetteer):
    assert layers("Troops surrounded Khnatsakh on Monday.", gazetteer).get("Khnatsakh") == "checkpoints"


def test_a_post_at_the_entrance_of_the_heads_own_village(gazetteer):
    got = layers("The village head of Kornidzor, Arkady Khachatryan, has said that the other side put a post at the "
                 "entrance of his village in March.", gazetteer)
    assert got.get("Kornidzor") == "checkpoints"


def test_the_heads_own_village_with_nothing_done_there(gazetteer):
    got = layers("The head of Kornidzor, Arkady Khachatryan, said he had gone to his village.", gazetteer)
    assert got.get("Kornidzor") == "other"
