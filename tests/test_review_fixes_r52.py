"""Review of round 52's rules: ordinary news sentences the new rules read wrongly."""

import datetime as dt

from tests.helpers import claimants, rows


def test_places_that_can_reach_either_town_are_not_cut_off(gazetteer):
    found = {c["place_name"]: c["kind"] for c in rows("Residents of Tegh can reach either Goris or Kapan.", gazetteer)}
    assert found.get("Tegh") != "blockade"
    assert "Goris" in found and "Kapan" in found
    found = {c["place_name"]: c["kind"] for c in rows("Residents of Tegh cannot reach either Goris or Kapan.",
                                                      gazetteer)}
    assert found.get("Tegh") == "blockade" and "Goris" not in found


def test_a_day_written_with_its_year_is_a_lasting_state(gazetteer):
    text = "Aghali lies on the Hakari river and has been under Azerbaijani control since 20 October 2020."
    assert not rows(text, gazetteer)


def test_the_same_sunday_after_a_later_day_is_the_sunday_told(gazetteer):
    text = ("The bridge at Tegh closed on Sunday 30 April.\nOn Monday 1 May shells hit Sotk.\n"
            "The same Sunday a soldier was wounded near Kornidzor.")
    found = {c["place_name"]: c["start_date"] for c in rows(text, gazetteer, dt.date(2023, 5, 3))}
    assert found["Kornidzor"] == "2023-04-30"


def test_a_features_rhetorical_sub_head_is_no_interview_question(gazetteer):
    text = ("Armen Petrosyan, 48, is a teacher in Tegh.\nWhat comes next?\n"
            "Two houses burned in Kut overnight, after shells hit Sotk.")
    assert "Petrosyan" not in claimants(text, gazetteer).get("Sotk", "")


def test_losses_told_as_caused_by_return_fire_are_the_other_sides_claim(gazetteer):
    text = ("Azerbaijan's Defence Ministry said on Monday that Armenian forces fired on its positions near Lachin.\n"
            "Two Armenian soldiers were killed near Sotk in return fire, the Defence Ministry said.\n"
            "The ministry said a shell also hit a post near Zabukh.")
    found = claimants(text, gazetteer, dt.date(2023, 4, 25))
    assert found["Sotk"] == "Azerbaijani MoD" and found["Aghavno"] == "Azerbaijani MoD"   # (Zabukh)
    assert claimants("Four Armenian soldiers were killed near Sotk, the Defence Ministry said.",
                     gazetteer, dt.date(2023, 4, 25))["Sotk"] == "Armenian MoD"
