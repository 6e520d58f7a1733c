"""Sentences where the r72 claims rules misfired: "according to people who arrived at the scene", "people who
travelled through the town" and "people who left the meeting early" were read as refugees, though only a flight
from or to a place makes them so; "But Baku's answer is that" gave "But Baku" as the claimant and "However
Pashinyan's view is that" gave "However Pashinyan", an opening connective taken into the owner's name; and
"Friday's verdict is that" and "Yesterday's verdict is that" gave a day as the claimant."""

from tests.helpers import claimant_of


def test_people_who_arrived_at_the_scene_are_no_refugees(gazetteer):
    text = "Shells hit Tartar on Friday, according to people who arrived at the scene minutes later."
    assert "refugees" not in (claimant_of("Tartar", text, gazetteer) or "")


def test_people_who_travelled_through_or_left_a_meeting_are_no_refugees(gazetteer):
    text = "Shells hit Tartar on Friday, according to people who travelled through the town."
    assert "refugees" not in (claimant_of("Tartar", text, gazetteer) or "")
    text = "Shells hit Tartar on Friday, according to people who left the meeting early."
    assert "refugees" not in (claimant_of("Tartar", text, gazetteer) or "")


def test_people_who_arrived_in_or_fled_a_place_are_still_refugees(gazetteer):
    text = "Shells hit Tartar on Friday, according to people who arrived in Barda."
    assert "refugees" in claimant_of("Tartar", text, gazetteer)
    text = "Shells hit Tartar on Friday, according to people who fled the town."
    assert "refugees" in claimant_of("Tartar", text, gazetteer)


def test_an_opening_connective_is_no_part_of_the_owner_of_an_answer(gazetteer):
    text = "But Baku's answer is that the troops never left Tartar."
    assert claimant_of("Tartar", text, gazetteer) == "Azerbaijani government"
    text = "However Pashinyan's view is that the road to Tartar stays open."
    assert claimant_of("Tartar", text, gazetteer) == "Armenian PM (Nikol Pashinyan)"


def test_a_day_s_verdict_is_no_one_s_account(gazetteer):
    text = "Friday's verdict is that the shelling of Tartar was a crime."
    assert claimant_of("Tartar", text, gazetteer) != "Friday"
    text = "Yesterday's verdict is that the shelling of Tartar was a crime."
    assert claimant_of("Tartar", text, gazetteer) != "Yesterday"
