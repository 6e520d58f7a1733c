"""Sentences worded apart from the sets the latest rules came from: where they should fire and where they must not."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer, published="2021-09-14"):
    return {e["place"]: e for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)}


# --- "Back in <month>" opening the sentence, and the fighting of that month ---

def test_back_in_a_month_s_fighting_before_the_speaker(gazetteer):
    got = _events("Back in April's fighting the village head said a shell hit Berd.", gazetteer)
    assert got["Berd"]["claimed_by"] == "local officials"


def test_back_in_a_year_s_war_before_the_speaker(gazetteer):
    got = _events("Back in the 2020 war the village head said a shell hit Berd.", gazetteer)
    assert got["Berd"]["claimed_by"] == "local officials"


def test_back_in_a_month_then_the_speaker_as_before(gazetteer):
    got = _events("Back in April 2019, the village head said a shell hit Berd.", gazetteer)
    assert got["Berd"]["claimed_by"] == "local officials" and got["Berd"]["start_date"] == "2019-04-01"


# --- digging: an excavation's ground, but troops named before still dig in ---

def test_soldiers_dug_in_sections_of_the_border_still_fight(gazetteer):
    got = _events("Azerbaijani forces have dug in several sections of the border near Jermuk.", gazetteer)
    assert got["Jermuk"]["layer"] == "shelling"


def test_soldiers_dug_in_the_ground_and_set_up_positions(gazetteer):
    got = _events("The soldiers dug in the ground near Sotk and set up positions.", gazetteer)
    assert got["Sotk"]["layer"] == "shelling"


def test_archaeologists_dug_in_the_courtyard_is_still_no_fighting(gazetteer):
    got = _events("Archaeologists dug in the courtyard of the church in Amaras.", gazetteer)
    assert got["Amaras"]["layer"] == "other"


# --- a field team that adds a dug part says nothing ---

def test_expedition_adding_a_trench_is_no_speaker(gazetteer):
    got = _events("The expedition added a new trench at Tigranakert in June.", gazetteer)
    assert got["Tigranakert"]["claimed_by"] == ""


def test_expedition_adding_rooms_is_no_speaker(gazetteer):
    got = _events("The expedition added two rooms to the dig house at Tigranakert.", gazetteer)
    assert got["Tigranakert"]["claimed_by"] == ""


def test_expedition_adding_that_still_speaks(gazetteer):
    got = _events("The expedition added that shells fell near Martuni.", gazetteer)
    assert "expedition" in got["Martuni"]["claimed_by"]


# --- an outlet's "X reported," aside opening the sentence ---

def test_outlet_aside_then_a_person_speaking_right_away(gazetteer):
    got = _events("On Friday, Reuters reported, Pashinyan told reporters that Azerbaijani troops had shelled Jermuk "
                  "and that people there were leaving.", gazetteer)
    assert got["Jermuk"]["claimed_by"] == "Armenian PM (Nikol Pashinyan)"


def test_outlet_aside_then_a_short_named_speaker(gazetteer):
    got = _events("On Friday, Azg reported, Samvel Grigoryan told reporters that shells had fallen on Berd and that "
                  "two houses burned there.", gazetteer)
    assert got["Berd"]["claimed_by"] == "Samvel Grigoryan"


def test_outlet_aside_then_guns_that_fire_stays_the_outlet(gazetteer):
    # artillery says nothing: the outlet's own report of fire
    got = _events("On Friday, Reuters reported, Azerbaijani artillery pounded Jermuk, and said that houses there "
                  "burned.", gazetteer)
    assert got["Jermuk"]["claimed_by"] == "Reuters" and got["Jermuk"]["layer"] == "shelling"


def test_outlet_aside_then_fire_told_by_the_outlet(gazetteer):
    got = _events("On Friday, Azg reported, Azerbaijani forces opened fire on Berd, and residents said that houses "
                  "burned there.", gazetteer)
    assert got["Berd"]["claimed_by"] == "Armenian media"


# --- an outlet carrying a document "from" someone ---

def test_report_from_a_capital_is_a_dateline(gazetteer):
    got = _events("APA, which says two houses burned in Tartar, carried a report from Yerevan.", gazetteer)
    assert got["Tartar"]["claimed_by"] == "Azerbaijani media"


def test_report_from_another_capital_is_a_dateline(gazetteer):
    got = _events("TASS, which says two houses burned in Tartar, carried the same report from Baku.", gazetteer)
    assert got["Tartar"]["claimed_by"] == "Russian media"


def test_statement_from_a_capital_is_its_government_s(gazetteer):
    got = _events("Trend, which says two houses burned in Tartar, carried the same statement from Baku.", gazetteer)
    assert got["Tartar"]["claimed_by"] == "Azerbaijani government"


# --- a bridge being built over a river ---

def _river_events(text, gazetteer, *names):
    return {k: v for k, v in _events(text, gazetteer).items() if k in names}


def test_bridge_being_built_shelled_is_fire_at_the_river(gazetteer):
    got = _events("The bridge being built over the Araz was shelled on Monday.", gazetteer)
    assert got["Araz"]["layer"] == "shelling"


def test_shells_hitting_the_bridge_being_built(gazetteer):
    got = _events("Shells hit the bridge being built over the Hakari river.", gazetteer)
    assert got["Hakari"]["layer"] == "shelling"


def test_bridge_being_built_near_a_town_named_after_the_works(gazetteer):
    got = _events("Azerbaijani forces shelled the bridge across the Arpa river that is being built near Yeraskh.",
                  gazetteer)
    assert "Arpa" not in got and got["Yeraskh"]["layer"] == "shelling"


def test_bridge_named_after_its_place(gazetteer):
    got = _events("Work has begun on the Khudafarin bridge over the Araz.", gazetteer)
    assert "Araz" not in got and "Khudafarin" in got


def test_bridge_over_the_river_to_a_country_at_a_town(gazetteer):
    got = _events("Azerbaijan is building a bridge over the Araz river to Iran at Aghband.", gazetteer)
    assert "Araz" not in got and "Aghband" in got


def test_bridge_over_the_river_in_a_town(gazetteer):
    got = _events("A bridge is being built over the Okhchuchay river in Zangilan.", gazetteer)
    assert "Okhchuchay" not in got and "Zangilan" in got


def test_bridge_over_the_river_in_a_district_keeps_the_river(gazetteer):
    got = _events("A bridge is being built over the Okhchuchay river in the Zangilan district.", gazetteer)
    assert got["Okhchuchay"]["layer"] == "other"


def test_outlet_aside_then_a_deed_told_stays_the_outlet(gazetteer):
    # the prime minister does something, he tells nothing: the outlet's report
    got = _events("Late last night, Eurasianet wrote, the prime minister announced a deal in Goris.", gazetteer)
    assert got["Goris"]["claimed_by"] == "Eurasianet"


def test_outlet_aside_before_a_speaker_is_still_heard(gazetteer):
    # the speaker's words are his; the outlet that carried them is the site a later sentence names
    text = ("Late last night, Eurasianet wrote, Prime Minister Nikol Pashinyan said that a deal was close.\n\n"
            "Protests broke out in Goris, the site reported.")
    got = _events(text, gazetteer)
    assert got["Goris"]["claimed_by"] == "Eurasianet"
