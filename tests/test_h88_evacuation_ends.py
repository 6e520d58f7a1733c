"""The far end abroad of an evacuation, told of the people moved, is a place of the route: "the evacuees were ferried
to A", "the ferry landed them at A", "refugees arriving in A and B", "sheltering in the mission in A", "From A the
passengers were flown on"; a town abroad the supplement lists under its former name (Krasnovodsk) or its other
spelling (Odessa) is found. The displaced arriving or sheltering there are a route; a speaker who "has since
said" is the speaker. Not where only a letter or a parcel was sent."""

from functools import partial

from tests.helpers import claimants, place_layers

layers = partial(place_layers, published="1992-03-10")


def names(text, gazetteer):
    """Every place the rows name (a row naming both ends of a route joins them with ";")."""
    return {name for joined in layers(text, gazetteer) for name in joined.split(";")}


def test_ferried_to_a_port_abroad(gazetteer):
    text = "Two ships ferried some 400 evacuees, mostly elderly people, from Lankaran to Krasnovodsk on Sunday."
    assert "Turkmenbashi" in names(text, gazetteer)


def test_the_ferry_landed_them_at(gazetteer):
    text = "A navy ship landed them at Krasnovodsk, and from there buses took the families inland."
    assert "Turkmenbashi" in names(text, gazetteer)


def test_carried_on_from_the_far_port(gazetteer):
    text = "From Krasnovodsk the evacuees were flown on to Ganja in a chartered airliner."
    assert "Turkmenbashi" in names(text, gazetteer)


def test_refugees_arriving_in_two_towns_abroad(gazetteer):
    text = "Refugees from Shusha are now arriving in Minsk and Odessa, a radio station said on Monday."
    assert "Odesa" in names(text, gazetteer)


def test_refugees_sheltering_in_a_mission_abroad(gazetteer):
    text = "About two hundred refugees have taken refuge in the Armenian consulate in Moscow since Friday."
    assert "Moscow" in names(text, gazetteer)


def test_a_letter_sent_abroad_is_no_evacuation(gazetteer):
    text = "The committee sent a letter to Moscow on Monday about the shelling of Askeran."
    assert "Moscow" not in names(text, gazetteer)


def test_a_parcel_sent_abroad_names_no_people_moved(gazetteer):
    text = "A parcel of documents was sent to Odessa by post on Monday."
    assert "Odesa" not in names(text, gazetteer)


def test_refugees_arriving_abroad_are_a_route(gazetteer):
    text = "By March, the radio said, refugees from Shusha were also arriving in Minsk and Odessa."
    assert {layer for joined, layer in layers(text, gazetteer).items() if "Odesa" in joined.split(";")} == {"corridors"}


def test_refugees_sheltering_abroad_are_a_route(gazetteer):
    text = "Several dozen of them have taken refuge in the Armenian consulate in Moscow since Friday."
    assert layers(text, gazetteer).get("Moscow") == "corridors"


def test_a_speaker_who_has_since_said(gazetteer):
    text = "Radio Liberty has since said that refugees from Shusha are arriving in Odessa."
    assert claimants(text, gazetteer, "1992-03-10").get("Odesa") == "Radio Free Europe/Radio Liberty"


def test_a_route_named_by_its_ends_keeps_the_end_abroad(gazetteer):
    text = "Special flights on the Odessa-Yerevan route carried the evacuees on from the coast."
    assert {"Odesa", "Yerevan"} <= names(text, gazetteer)


def test_a_highway_named_by_its_ends_keeps_no_far_town_abroad(gazetteer):
    assert "Odesa" not in names("Lorries queued for hours on the Odessa-Yerevan highway.", gazetteer)
