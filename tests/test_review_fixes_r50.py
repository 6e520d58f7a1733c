"""Review of round 50: a capital that is the place of what a side is blamed for, a "while" clause of time after fire
at a named place, a part of the day after a day still to come, and a thing "advanced" from a place."""

import datetime as dt

from tests.helpers import place_layers, rows

DAY = "2023-06-20"


def test_a_capital_attacked_that_a_side_is_blamed_for_stays(gazetteer):
    text = "Armenian officials blamed Baku for the attack on Yerevan on Tuesday."
    assert "Yerevan" in place_layers(text, gazetteer, DAY)


def test_a_capital_the_blame_is_put_on_is_still_no_place(gazetteer):
    text = "A border guard was hurt near Sotk on Monday. Baku later blamed the whole incident on Yerevan."
    assert "Yerevan" not in place_layers(text, gazetteer, DAY)


def test_a_while_clause_after_fire_at_a_named_place_is_a_time(gazetteer):
    text = "Azerbaijani forces shelled Sotk on Tuesday while Pashinyan was visiting Goris."
    found = place_layers(text, gazetteer, DAY)
    assert found["Sotk"] == "shelling" and found.get("Goris") != "shelling"


def test_a_part_of_the_day_is_not_carried_from_a_day_to_come(gazetteer):
    text = "Talks are due to open in Brussels on 25 June. In the morning, shells hit Tegh, the ministry said."
    dates = {r["place_name"]: r["start_date"] for r in rows(text, gazetteer, DAY)}
    assert str(dates["Tegh"]) == DAY


def test_a_part_of_the_day_is_still_carried_from_a_day_past(gazetteer):
    text = "On 15 June Azerbaijani forces shelled Sotk. In the afternoon a guard was wounded in Tegh."
    dates = {r["place_name"]: r["start_date"] for r in rows(text, gazetteer, DAY)}
    assert str(dates["Tegh"]) == "2023-06-15"


def test_a_treaty_advanced_from_a_capital_is_no_fighting(gazetteer):
    text = "The government has tried to advance the peace treaty from Yerevan for months."
    assert place_layers(text, gazetteer, DAY).get("Yerevan") != "shelling"


def test_an_advance_onto_soil_from_a_bridge_is_still_fighting(gazetteer):
    text = "Azerbaijani troops tried to advance onto Armenian soil from the bridge near Sotk."
    assert place_layers(text, gazetteer, DAY)["Sotk"] == "shelling"


def test_a_numbered_list_of_incidents_is_no_run_of_item_titles(gazetteer):
    text = ("DAILY BRIEF\n14 September 2022\n\nGood morning. Here is the news of the day.\n\n"
            "Fighting went on along the border overnight, the Armenian Defence Ministry said.\n\n"
            "Incidents reported by the ministry:\n\n"
            "1. Azerbaijani shelling of Sotk on Tuesday\n\n2. A drone strike on Jermuk on Tuesday\n\n"
            "The ministry said talks went on in Moscow.")
    found = place_layers(text, gazetteer, "2022-09-14")
    assert found.get("Sotk") == "shelling" and found.get("Jermuk") == "shelling"
