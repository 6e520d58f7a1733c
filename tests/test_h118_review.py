"""Review of the rules written from heldout118 and heldout119: where they must not reach.

A capture after fire is fire at the town only when the town is what was taken ("seized weapons in X" is no capture of
X) and the fire had not ended by then ("after the artillery fell silent"); a count of people who reached a town keeps
its route when the way they came is told ("by bus", "on foot"); an ambush makes a road near a place fire there only
when told on that road, not in a clause of its own before it; the UN spokeswoman is the UN by her full name only
(another body's Okabe keeps his own words); a carrier company's town starts the service it runs, while a touring
company's is only its home."""

from functools import partial

from tests.helpers import claimants, place_layers, waypoint_layers

layers = partial(place_layers, published="2023-06-10")


def test_seized_weapons_in_a_town_after_shelling_is_no_capture(gazetteer):
    text = "Police seized weapons in Aghdam after the shelling on Monday."
    assert layers(text, gazetteer).get("Aghdam") == "other"


def test_captured_the_hill_above_a_town_is_no_capture_of_the_town(gazetteer):
    text = "Armenian troops captured the hill above Kalbajar after days of shelling by Azerbaijani artillery."
    assert layers(text, gazetteer).get("Kalbajar") == "other"


def test_captured_after_the_artillery_fell_silent_stays_other(gazetteer):
    text = "Azerbaijani forces captured Lachin after the artillery fell silent on Monday."
    assert layers(text, gazetteer).get("Lachin") == "other"


def test_captured_after_the_shelling_stopped_stays_other(gazetteer):
    text = "Azerbaijani forces captured Lachin after the shelling stopped on Monday."
    assert layers(text, gazetteer).get("Lachin") == "other"


def test_took_control_of_a_town_after_shelling_is_shelling(gazetteer):
    # positive: the capture's object is the town
    text = "Azerbaijani forces took control of Hadrut after two weeks of shelling."
    assert layers(text, gazetteer).get("Hadrut") == "shelling"


def test_refugees_who_reached_a_town_by_bus_keep_their_route(gazetteer):
    text = "About 200 refugees reached Goris by bus on Wednesday."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_people_who_reached_a_town_in_buses_keep_their_route(gazetteer):
    text = "Some 500 people reached Goris in buses on Wednesday."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_families_who_reached_a_town_on_foot_keep_their_route(gazetteer):
    text = "About 300 families reached Goris on foot over the mountains on Wednesday."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_refugees_who_reached_a_town_over_the_weekend_are_a_tally(gazetteer):
    # negative: "over the weekend" tells no way
    text = "About 200 refugees reached Goris over the weekend."
    assert layers(text, gazetteer).get("Goris") == "other"


def test_an_ambush_in_a_clause_before_the_road_keeps_the_road(gazetteer):
    text = "After an ambush last week, convoys now travel on the road near Lachin only by day."
    assert layers(text, gazetteer).get("Lachin") == "corridors"


def test_an_ambush_on_the_road_near_a_town_is_fire_there(gazetteer):
    text = "Gunmen ambushed a convoy of the border service on the mountain road near Lachin on Monday."
    assert layers(text, gazetteer).get("Lachin") == "shelling"


def test_a_surname_alone_of_the_un_spokeswoman_is_no_un_claim(gazetteer):
    # another body's Okabe keeps his own words: only the full name is the UN's
    text = "Japan's ambassador Okabe said on Monday that Stepanakert was shelled."
    assert claimants(text, gazetteer, "2023-06-10").get("Stepanakert") != "UN"


def test_a_bus_company_from_a_town_starts_its_route_there(gazetteer):
    text = "The bus company from Goris resumed trips to Stepanakert on Monday."
    assert layers(text, gazetteer).get("Goris;Stepanakert") == "corridors"


def test_a_trucking_company_from_a_town_starts_its_delivery_there(gazetteer):
    text = "A trucking company from Yerevan delivered aid to Stepanakert via the Lachin corridor on Monday."
    assert "Yerevan" in waypoint_layers(text, gazetteer, "2023-06-10")


def test_a_construction_company_from_a_town_is_its_home(gazetteer):
    # negative: the builders' home, no way from it told
    text = "A construction company from Yerevan built the road to Vardenis in 2019."
    assert "Yerevan" not in waypoint_layers(text, gazetteer, "2023-06-10")
