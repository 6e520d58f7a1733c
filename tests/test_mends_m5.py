"""A body's document standing for the body, "the same ministry" after one named by its office alone, two-word
spellings of a district's villages, people's home towns, and a reason given as a claim."""

import datetime as dt

import pytest

from geo.extract import extract_text

DAY = dt.date(2021, 5, 20)


def events(text):
    return extract_text(text, DAY)


def by_place(text):
    return {e["place"]: e for e in events(text)}


# 1. a body's document has the events in it: the body's claim

@pytest.mark.parametrize("text, places, claimant", [
    ("The Azerbaijani Defence Ministry's plan has jets flying over Tovuz and Gazakh.", {"Tovuz", "Gazakh"},
     "Azerbaijani MoD"),
    ("The Armenian Defence Ministry's daily bulletin had shelling at Berd and Chinari.", {"Berd", "Chinari"},
     "Armenian MoD"),
    ("The Armenian Defence Ministry's map has posts at Berd.", {"Berd"}, "Armenian MoD"),
])
def test_a_body_s_document_having_the_events_is_the_body_s_claim(text, places, claimant):
    found = by_place(text)
    assert places <= set(found), found.keys()
    assert all(found[p]["claimed_by"] == claimant for p in places), {p: found[p]["claimed_by"] for p in places}


def test_the_bare_ministry_s_plan_is_the_ministry_named_before():
    text = ("The Azerbaijani Defence Ministry published a plan for the exercise on Monday.\n"
            "The ministry's plan has jets flying over Tovuz and Gazakh.")
    found = by_place(text)
    assert found["Tovuz"]["claimed_by"] == found["Gazakh"]["claimed_by"] == "Azerbaijani MoD"


@pytest.mark.parametrize("text", [
    "The plan has jets flying over Tovuz.",                                   # no one's plan
    "The Azerbaijani Defence Ministry's plan has angered farmers in Tovuz.",  # what the plan did, no account
    "The Azerbaijani Defence Ministry's report had been withdrawn before the talks in Tovuz.",
])
def test_a_document_that_has_nothing_in_it_or_no_owner_claims_nothing(text):
    assert all(not e["claimed_by"] for e in events(text)), [(e["place"], e["claimed_by"]) for e in events(text)]


# 2. "the same ministry" is the nearest ministry, one heard by its office alone too

def test_the_same_ministry_after_a_bare_defence_ministry_is_that_one_not_a_third_country_s():
    text = ("Russia's Defence Ministry said peacekeepers had recorded shelling near Shusha.\n"
            "The defence ministry said Armenian forces fired at Tovuz on Tuesday.\n"
            "The same ministry said a drone was downed near Lachin.")
    found = by_place(text)
    assert found["Shusha"]["claimed_by"] == "Russian MoD"
    assert found["Lachin"]["claimed_by"] == found["Tovuz"]["claimed_by"] == "Azerbaijani MoD"


def test_the_same_ministry_reported_after_a_bare_defence_ministry_is_not_another_ministry_named_before():
    text = ("The Armenian Defence Ministry said Azerbaijani troops had shelled Berd.\n"
            "Azerbaijan's foreign ministry denied it.\n"
            "The defence ministry said Armenian forces fired at Tovuz on Tuesday.\n"
            "The same ministry reported that Gazakh was also hit.")
    found = by_place(text)
    assert found["Gazakh"]["claimed_by"] == found["Tovuz"]["claimed_by"] == "Azerbaijani MoD"


def test_the_same_ministry_with_no_bare_one_between_is_still_the_one_named():
    text = ("Russia's Defence Ministry said peacekeepers had recorded shelling near Shusha.\n"
            "Armenian forces fired at Tovuz on Tuesday, according to Azerbaijani officials.\n"
            "The same ministry said a drone was downed near Lachin.")
    assert by_place(text)["Lachin"]["claimed_by"] == "Russian MoD"


# 3. a two-word spelling of a district's village is that village, not one made up at the district's point

@pytest.mark.parametrize("text, village, name", [
    ("Armenian forces shelled the villages of Bagnis Ayrim, Kemerli and Zorblat in the Gazakh district.",
     "Bagnis Ayrim", "Baganis Ayrim"),
    ("Armenian forces shelled villages such as Ashagi Askipara and Yukhary Askipara in the Gazakh district.",
     "Ashagi Askipara", "Ashaghi Askipara"),
    ("Armenian forces shelled villages such as Ashagi Askipara and Yukhary Askipara in the Gazakh district.",
     "Yukhary Askipara", "Yukhari Askipara"),
    ("Shells hit villages such as Gushchu Ayrum and Zorblat in the Gazakh district.", "Gushchu Ayrum",
     "Gushchu Ayrim"),
])
def test_a_two_word_spelling_of_a_village_of_the_district_is_that_village(text, village, name):
    found = by_place(text)
    assert found[village]["place_name"] == name and found[village]["geo_source"] != "approximate", found[village]


def test_a_known_two_word_village_of_the_list_is_still_found():
    found = by_place("Armenian forces shelled the villages of Gushchu Ayrim, Kemerli and Zorblat in the Gazakh "
                     "district.")
    assert found["Gushchu Ayrim"]["place_name"] == "Gushchu Ayrim"
    assert found["Gushchu Ayrim"]["geo_source"] != "approximate"


def test_a_two_word_spelling_of_a_far_village_is_no_village_of_the_district_read_there():
    # Ashaghi Ayrim lies in the Gadabay district, far from Gazakh: the name is no spelling of it here
    found = by_place("Armenian forces shelled the villages of Ashaghi Ayrum, Kemerli and Zorblat in the Gazakh "
                     "district.")
    assert found["Ashaghi Ayrum"]["place_name"] != "Ashaghi Ayrim"


# 4. where people come from is no event

def test_part_of_a_group_named_by_its_homes_names_no_event_there():
    found = by_place("About forty families arrived in Yerevan on Monday, some of them from Ijevan, Dilijan and Koti.")
    assert set(found) == {"Yerevan"}, found.keys()


def test_the_homes_of_people_who_came_from_a_list_are_no_events():
    found = by_place("The shelter in Goris now houses families who came from Kapan, Sisian and Meghri.")
    assert set(found) == {"Goris"}, found.keys()


def test_a_home_where_harm_is_told_stays_an_event():
    found = by_place("About forty families arrived in Yerevan, some of them from Berd, where shells hit their houses.")
    assert "Berd" in found, found.keys()


def test_part_of_a_group_driven_from_its_homes_keeps_them():
    found = by_place("Most of the people now living in Goris were themselves displaced, many of them from Shahumyan "
                     "and Getashen.")
    assert {"Shahumyan", "Getashen"} <= set(found), found.keys()


@pytest.mark.parametrize("text, place", [
    ("Shells fired from Tovuz hit Berd.", "Tovuz"),
    ("Refugees who fled from Lachin reached Goris.", "Lachin"),
])
def test_fire_and_flight_from_a_place_keep_it(text, place):
    assert place in by_place(text)


# 5. a reason or a cause given is the giver's claim

def test_a_body_giving_a_reason_claims_it():
    found = events("The road between Ijevan and Noyemberyan was closed on Monday; the Roads Department gave "
                   "construction work as the reason.")
    assert found and all(e["claimed_by"] == "Armenian government (Roads Department)" for e in found), \
        [(e["place"], e["claimed_by"]) for e in found]


def test_a_ministry_giving_a_cause_claims_it_as_it_does_when_it_says_so():
    said = events("Armenian forces shelled Tovuz, the Azerbaijani Defence Ministry said.\n"
                  "The ministry said repairs at Gazakh were the cause of the closure.")
    gave = events("Armenian forces shelled Tovuz, the Azerbaijani Defence Ministry said.\n"
                  "The ministry gave repairs at Gazakh as the cause of the closure.")
    assert [(e["place"], e["claimed_by"]) for e in gave] == [(e["place"], e["claimed_by"]) for e in said]
    assert {e["place"]: e["claimed_by"] for e in gave}["Gazakh"] == "Azerbaijani MoD"


def test_a_body_giving_no_reason_claims_nothing():
    found = events("The road between Ijevan and Noyemberyan was closed on Monday, and the Roads Department gave no "
                   "reason.")
    assert all(not e["claimed_by"] for e in found), [(e["place"], e["claimed_by"]) for e in found]
