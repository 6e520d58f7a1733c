"""Fire told on "both villages" (or "the three towns") right after a list of that many places reaches each place of
the list ("troops closed a ring round X and Y and fired on both villages"); a list of another length is left alone.
An air link into a place is a way there: aircraft allowed or not allowed to fly into it, or landing at it to bring
in supplies; a helicopter only flying over a place is no way."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1992-03-12")


def test_fire_on_both_villages_after_a_ring(gazetteer):
    text = ("Before dawn on Tuesday, army units from Goris drew a ring round Tegh and Kornidzor and fired on both "
            "villages from the ridge with tanks.")
    got = layers(text, gazetteer)
    assert got.get("Tegh") == "shelling"
    assert got.get("Kornidzor") == "shelling"


def test_fire_on_three_towns_after_a_list(gazetteer):
    text = "Troops closed in round Tegh, Kornidzor and Khndzoresk and then fired on the three villages for an hour."
    got = layers(text, gazetteer)
    assert got.get("Tegh") == got.get("Kornidzor") == got.get("Khndzoresk") == "shelling"


def test_both_villages_after_a_list_of_three_does_not_reach_them(gazetteer):
    text = "Troops from Goris surrounded Tegh, Kornidzor and Khndzoresk and fired on both villages."
    got = layers(text, gazetteer)
    assert got.get("Khndzoresk") != "shelling"
    assert got.get("Goris") != "shelling"


def test_no_plane_allowed_to_fly_in(gazetteer):
    text = "Since the blockade started, no plane, not even one with surgeons on board, has been allowed to fly into Shusha."
    assert layers(text, gazetteer).get("Shusha") == "corridors"


def test_helicopters_landing_to_bring_in_supplies(gazetteer):
    text = ("Helicopters from Yerevan, with rifles pointed out of the doors, have been landing at Tegh to bring in "
            "bread and fuel and to fly out the sick.")
    assert layers(text, gazetteer).get("Tegh") == "corridors"


def test_helicopter_over_a_village_is_no_way(gazetteer):
    text = "A helicopter circled over Tegh on Monday morning and then turned back towards the hills."
    assert layers(text, gazetteer).get("Tegh") != "corridors"


def test_soldiers_closed_round_three_villages(gazetteer):
    text = "Since then men of the 4th Brigade and police units have closed round Tegh, Kornidzor and Khndzoresk."
    got = layers(text, gazetteer)
    assert got.get("Tegh") == got.get("Kornidzor") == got.get("Khndzoresk") == "checkpoints"


def test_a_shop_closed_round_noon_is_no_cordon(gazetteer):
    text = "The bakery in Tegh closed round noon on Friday because the flour had run out."
    assert layers(text, gazetteer).get("Tegh") != "checkpoints"


def test_people_put_on_the_road_out_of_their_village(gazetteer):
    text = ("On Sunday troops put some two thousand villagers of Tegh on the road out of their village and sent them "
            "on to Iran.")
    assert layers(text, gazetteer).get("Tegh") == "other"


def test_the_road_out_of_a_named_town_stays_a_way(gazetteer):
    text = "On Sunday the road out of Tegh was full of cars and lorries heading south."
    assert layers(text, gazetteer).get("Tegh") == "corridors"


def test_sealed_off_and_no_helicopters_let_in(gazetteer):
    text = "The weekly recalled that Baku sealed off Tegh and would not allow even army helicopters to fly in."
    assert layers(text, gazetteer).get("Tegh") == "corridors"


def test_sealed_off_alone_stays_a_cordon(gazetteer):
    text = "The weekly recalled that police sealed off Tegh on Monday after the funeral."
    assert layers(text, gazetteer).get("Tegh") != "corridors"
