"""Wordings read from heldout161: a town that fell at an hour after shelling, a shell seen landing near a place,
armed men standing on the roads into a town, a push made during the night, and a claimant spelt two ways."""
import datetime

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = datetime.date(2023, 3, 8)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_town_fell_at_an_hour_after_shelling_is_a_capture():
    assert _layers("Lachin fell at about noon, after a day and a half of shelling.")["Lachin"] == "other"
    assert _layers("By the officer's account Lachin fell at dawn, after a night of artillery fire.")["Lachin"] == "other"


def test_shell_falling_at_an_hour_stays_shelling():
    assert _layers("A shell fell at about noon near Lachin.")["Lachin"] == "shelling"


def test_shell_seen_landing_near_a_place_is_shelling():
    text = "Our correspondent drove to the road outside the town and saw a shell still landing near Lachin."
    assert _layers(text)["Lachin"] == "shelling"


def test_shell_lying_near_a_place_is_no_fire():
    assert _layers("Our correspondent drove along the road and saw an old shell lying near Lachin.")["Lachin"] \
        != "shelling"


def test_his_men_standing_on_the_roads_into_a_town_are_posts():
    text = "The commander said his men, who had been standing on the roads into Ganja, would go home."
    assert _layers(text)["Ganja"] == "checkpoints"


def test_women_standing_on_the_roads_are_no_posts():
    assert _layers("Women have been standing on the roads into Ganja with flowers.")["Ganja"] != "checkpoints"


def test_push_during_the_night_towards_villages_is_fighting():
    text = "The ministry said enemy units had pushed forward during the night towards villages in the Tartar district."
    assert _layers(text)["Tartar"] == "shelling"


def test_people_pushing_through_a_crowd_at_night_are_no_attack():
    text = "Villagers pushed through the crowd at night towards the bus station in Tartar."
    assert set(_layers(text).values()) != {"shelling"}


def test_claimants_spelt_two_ways_are_one_actor():
    assert canonical_actor("Suret Huseynov") == canonical_actor("Surat Huseynov") == "Surat Huseynov"
    assert canonical_actor("Huseynov") is None
