"""Wordings near the rules of two reading rounds (a state since the Nth, traffic sent round by a place, an outlet's
bare name, an account named by its giver, a speaker before an aside, a book's imprint, a workshop's order) that the
rules must leave alone, and the cases they were written for, which they keep."""
import datetime

from geo.extract import extract_text
from geo.extract.claims import find_attributions


def _rows(text, day):
    return {place: e for e in extract_text(text, datetime.date.fromisoformat(day)) for place in e["place"].split(";")}


def _who(sentence):
    return [a.who for a in find_attributions(sentence)]


# a state lasting since the Nth

def test_state_since_a_day_still_starts_that_day():
    assert _rows("Shells have hit Berd every night since the twelfth.", "2024-07-20")["Berd"]["start_date"] \
        == "2024-07-12"
    assert _rows("The road through Berd has been shut since the 3rd.", "2024-07-02")["Berd"]["start_date"] \
        == "2024-06-03"


def test_first_casualties_since_a_day_are_no_state():
    text = "Two soldiers were wounded near Sotk, the first casualties since the 3rd."
    assert _rows(text, "2024-07-20")["Sotk"]["start_date"] == "2024-07-20"


def test_worst_since_the_second_is_no_day():
    text = "Of the two wars, the second has left Martuni poorer than at any time since the first."
    assert _rows(text, "2024-07-20")["Martuni"]["start_date"] == "2024-07-20"
    text = "Shelling hit Sotk overnight, the heaviest fire on the village since the 9th."
    assert _rows(text, "2024-07-20")["Sotk"]["start_date"] != "2024-07-09"


# traffic sent round by a place

def test_traffic_sent_round_by_a_place_is_a_detour():
    rows = _rows("Since the bridge near Tegh collapsed, buses have gone round through Kornidzor.", "2024-07-20")
    assert rows["Kornidzor"]["layer"] == "corridors"


def test_things_sent_round_by_people_or_apps_are_no_detour():
    assert _rows("The petition from Berd was sent round by activists via Telegram.", "2024-07-20")["Berd"]["layer"] \
        != "corridors"
    assert _rows("The collection box went round by the church in Goris after the service.",
                 "2024-07-20")["Goris"]["layer"] != "corridors"
    assert _rows("The photos of the shelled houses in Tegh were sent round by a neighbour in Kornidzor.",
                 "2024-07-20")["Kornidzor"]["layer"] != "corridors"
    assert _rows("The rumour in Goris went round through the market before noon.", "2024-07-20")["Goris"]["layer"] \
        != "corridors"


# an account named by who gave it

def test_account_the_head_gave_is_his():
    assert _who("Nobody was hurt in Sotk, by the account the village head gave reporters.") == ["the village head"]


def test_account_number_is_no_giver():
    assert _who("Shells hit Sotk, by the account number the bank gave.") == []


# a speaker named before an aside with a time word

def test_post_apposed_before_an_aside_speaks_not_the_clause():
    assert _who("Shells hit Berd, the village head, speaking after the attack, told reporters.") == ["village head"]
    assert _who("The mayor of Goris, speaking to reporters after the funeral, said that shells fell near Berd.") \
        == ["mayor of Goris"]


# a book's imprint

def test_old_map_printed_in_a_town_is_no_event():
    assert "Shusha" not in _rows("A map printed in Shusha in 1905 shows the old road to Goris.", "2022-08-10")


def test_book_printed_in_a_town_that_fell_keeps_the_town():
    assert "Hadrut" in _rows("A book of poems, printed in Hadrut in 1975, was lost when the town fell.", "2022-08-10")


def test_copies_of_a_weekly_printed_there_keep_the_town():
    text = "Copies of the local weekly, printed in Stepanakert in 2023, reached Yerevan only by Red Cross car."
    assert "Stepanakert" in _rows(text, "2023-03-10")


# a workshop's order for a choir, chapel, monastery or kindergarten

def test_order_for_a_chapel_or_a_choir_is_no_event():
    assert "Jermuk" not in _rows("A heater for a chapel near Jermuk: cast iron, ready in May.", "2023-09-28")
    assert "Sisian" not in _rows("Hymn books for a choir in Sisian: twenty copies, bound in leather.", "2022-08-10")


def test_order_for_a_client_housing_refugees_or_under_troops_keeps_the_town():
    assert "Goris" in _rows("Blankets for a kindergarten in Goris, where refugee children now sleep, arrived on Monday.",
                            "2023-09-28")
    assert "Lachin" in _rows("Candles for a monastery near Lachin, which Azerbaijani troops now guard.", "2023-09-28")
