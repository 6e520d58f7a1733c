"""Places that only tell where people go about their lives, or the sides a border is named by, and a village the
gazetteer lacked. A letter headed by its writer's name and town ("From Ani Petrosyan, Dilijan: ..."), a community
office opening a sentence ("The town office in Berd has the new timetable"), and a daily trip ("to reach work in
X", "drives to Y every day", "need to reach Z by car") say where people live, work or ask, not where anything
happened; "the Syunik-Zangilan border" and "the border between the Tavush province and the Gazakh district" name a
border by its sides. Each place is kept when the sentence tells harm or a closure, a letter speaks of "our
village", or the two names are the ends of a crossing. Vazashen, a Tavush border village, is now in the gazetteer
(sourced row)."""

from tests.helpers import place_layers, rows


def places(text, gazetteer, published="2024-06-12"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


# --- a letter headed by its writer's town


def test_the_town_heading_a_letter_is_no_place(gazetteer):
    text = "From Ani Petrosyan, Dilijan: Your article left out the farmers who lost their pastures."
    assert "Dilijan" not in places(text, gazetteer)


def test_the_places_a_letter_tells_of_stay(gazetteer):
    text = "From Lilit Sargsyan, Dilijan: In June 2015 Azerbaijani troops fired on the houses of Movses."
    found = places(text, gazetteer)
    assert "Movses" in found and "Dilijan" not in found


# --- an office, a daily trip


def test_a_community_office_opening_a_notice_is_no_place(gazetteer):
    assert "Berd" not in places("The town office in Berd has the new bus timetable.", gazetteer)


def test_an_office_where_harm_is_told_keeps_the_town(gazetteer):
    text = "The town office in Berd was damaged by shelling overnight."
    assert "Berd" in places(text, gazetteer)


def test_a_daily_trip_names_no_place(gazetteer):
    assert "Berd" not in places("My daughter now needs an hour to reach work in Berd.", gazetteer)
    assert "Dilijan" not in places("Q. I drive to Dilijan every day.", gazetteer)
    text = "Pupils of Chinari who need to reach Berd by bus should leave ten minutes earlier."
    assert "Berd" not in places(text, gazetteer)


def test_a_trip_on_a_road_under_fire_keeps_the_town(gazetteer):
    text = "I drive to Berd every day, and last week my car was hit by fire near the village."
    assert "Berd" in places(text, gazetteer)


def test_a_single_journey_to_a_town_is_kept(gazetteer):
    text = "The minister drove to Berd on Tuesday to meet the families whose houses were shelled."
    assert "Berd" in places(text, gazetteer)


# --- a border named by its sides


def test_a_border_named_by_a_province_and_a_district_is_no_place(gazetteer):
    text = "The commission met again to discuss the Tavush-Gazakh border, officials said."
    found = places(text, gazetteer)
    assert "Tavush Province" not in found and "Gazakh" not in found
    text = "The paper sets out the steps of the delimitation of the border between Tavush province and Azerbaijan's Gazakh district."
    found = places(text, gazetteer)
    assert "Tavush Province" not in found and "Gazakh District" not in found


def test_fire_on_a_border_named_by_its_sides_keeps_them(gazetteer):
    text = "Azerbaijani troops fired on positions along the Tavush-Gazakh border on Monday."
    assert places(text, gazetteer) & {"Tavush Province", "Gazakh", "Gazakh District"}


def test_a_crossing_named_by_its_two_ends_is_still_a_place(gazetteer):
    text = "The envoys held their fifth meeting on Tuesday at the Alican–Margara border crossing."
    assert places(text, gazetteer)


# --- a Tavush village the gazetteer lacked


def test_vazashen_is_known(gazetteer):
    text = "The same report said Vazashen had come under fire during the night."
    assert place_layers(text, gazetteer).get("Vazashen") == "shelling"
