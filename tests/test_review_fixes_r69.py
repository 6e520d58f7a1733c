"""Sentences where the r69 rules misfired: a truce announced or declared over or collapsed ("In Moscow, officials
declared the ceasefire over on Sunday", "In Tehran, the ministry announced that the truce had collapsed"), which made
a city abroad a place; "the threat to the air base near Khojaly no longer exists" and "the old Soviet military base
in Khankendi ceased to exist in 1992", read as claims of a site destroyed; "documents" as papers ("Border guards
seized documents the smugglers had hidden in a truck near Goris"), read as a body's record and a claimant;
"Residents saw the houses hit by rockets in Tartar", read as a visit's view of old damage; "On the Armenian count-down
to the vote", read as a side's count; and forms the rules meant to cover but missed: "Baku's Heydar Aliyev
international airport" (a lowercase "international") and the advisory "Reconsider travel to Goris, Kapan and
Meghri"."""

from tests.helpers import claimant_of, place_layers, rows


def places(text, gazetteer, published="2021-06-10"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_truce_declared_over_abroad_is_no_place(gazetteer):
    assert places("In Moscow, officials declared the ceasefire over on Sunday.", gazetteer) == set()
    assert places("In Tehran, the ministry announced that the truce had collapsed.", gazetteer) == set()


def test_a_new_truce_announced_abroad_is_still_news_there(gazetteer):
    assert place_layers("In Minsk, the ministers announced a new truce on Sunday.", gazetteer) == {"Minsk": "other"}


def test_a_threat_to_a_base_that_no_longer_exists_is_no_attack(gazetteer):
    text = "The ministry said the threat to the air base near Khojaly no longer exists."
    assert place_layers(text, gazetteer).get("Khojaly") != "shelling"


def test_a_base_gone_in_a_year_long_past_is_no_attack(gazetteer):
    text = "The old Soviet military base in Khankendi ceased to exist in 1992 when the troops left."
    assert "shelling" not in place_layers(text, gazetteer).values()


def test_positions_said_to_be_gone_stay_shelling(gazetteer):
    text = "The ministry said the artillery positions near Aghdam no longer exist."
    assert place_layers(text, gazetteer).get("Aghdam") == "shelling"


def test_seized_documents_are_no_claim(gazetteer):
    text = "Border guards seized documents the smugglers had hidden in a truck near Goris."
    assert claimant_of("Goris", text, gazetteer) == ""


def test_a_watchdog_that_documents_a_shelling_still_claims_it(gazetteer):
    text = "Human Rights Watch documents a shelling of Tartar in its new report."
    assert claimant_of("Tartar", text, gazetteer) == "Human Rights Watch"


def test_residents_who_saw_houses_hit_tell_an_attack(gazetteer):
    text = "Residents saw the houses hit by rockets in Tartar on Monday, and the governor met the families."
    assert place_layers(text, gazetteer, "2021-03-09").get("Tartar") == "shelling"


def test_a_count_down_is_no_sides_count(gazetteer):
    text = "On the Armenian count-down to the vote, Goris held a rally on Monday."
    assert claimant_of("Goris", text, gazetteer) == ""


def test_a_capitals_airport_with_a_lowercase_international_is_the_citys(gazetteer):
    assert "Baku" in places("Baku's Heydar Aliyev international airport closed on Monday.", gazetteer)


def test_reconsider_travel_is_advice_no_event(gazetteer):
    assert places("Reconsider travel to Goris, Kapan and Meghri.", gazetteer) == set()
