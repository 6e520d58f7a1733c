"""Places that only say who someone is or how a place is written, read on heldout56 (r56p): a member's seat ("the
member for X", "MEMBER FOR Y:"), a transcript's credit line for its reporter ("Reporter in X: ..."), a forecast
under a label that gives the day ("Weather for Friday: rain in X") and a note that a source writes places under
another side's names give no event; fire at a place in the same kind of sentence still does."""
import datetime as dt

from geo.extract import extract_text


def _places(text, day=dt.date(2021, 11, 17)):
    return [name for c in extract_text(text, day) for name in c["place_name"].split(";")]


def test_member_for_a_constituency_is_no_place():
    assert "Goris" not in _places("The chair: the member for Goris, please.")
    assert "Kapan" not in _places("Next, the MP for Kapan spoke about pensions.")


def test_member_label_in_capitals_is_no_place():
    text = ("CHAIR: Next question.\n"
            "MEMBER FOR IJEVAN (Karen Abrahamyan): What did the ministry say about the new bus timetable?")
    assert "Ijevan" not in _places(text)


def test_member_asking_about_fire_elsewhere_keeps_that_place():
    text = "The member for Goris said that shells had hit two houses in Tegh on Monday night."
    places = _places(text)
    assert "Goris" not in places
    assert "Tegh" in places


def test_reporter_credit_line_is_no_place():
    text = ("Tonight's main story is the bridge.\n"
            "Reporter in Kapan: Lilit Sahakyan.\n"
            "Lilit, what can you tell us?")
    assert "Kapan" not in _places(text)


def test_fire_told_after_a_colon_is_still_read():
    text = "Our reporter in Kapan says: shells hit the edge of Kapan on Monday evening."
    assert "Kapan" in _places(text)


def test_forecast_under_a_day_label_is_no_place():
    text = "Weather for Friday: fog in the valleys, light snow in Sisian and Goris."
    places = _places(text)
    assert "Sisian" not in places and "Goris" not in places


def test_source_writing_places_under_other_names_is_no_place():
    text = ("The ministry in Baku writes Armenian towns under Azerbaijani names: Gafan for Kapan, Gorus for Goris "
            "and Basarkechar for Vardenis.")
    places = _places(text)
    assert "Kapan" not in places and "Goris" not in places and "Vardenis" not in places


def test_fire_listed_under_other_names_is_still_read():
    text = ("The ministry said Armenian units shelled Kapan on Monday, listing the town under its Azerbaijani "
            "names as Gafan.")
    assert "Kapan" in _places(text)


def test_border_between_areas_on_both_sides_is_no_place():
    text = ("The border between Armenia's Syunik and Vayots Dzor provinces and Azerbaijan's Zangilan and Lachin "
            "districts and the Kalbajar district stayed tense all week.")
    places = _places(text)
    assert not {"Zangilan District", "Lachin District", "Kalbajar District"} & set(places)


def test_border_sides_told_one_side_and_the_other_are_no_place():
    text = ("The monitors cover the border (Syunik on one side; Zangilan and Gubadli on the other) and publish "
            "what officials say.")
    places = _places(text)
    assert not {"Zangilan", "Gubadli", "Zangilan District", "Gubadli District"} & set(places)


def test_areas_facing_each_other_are_no_place():
    text = ("The topic this week is the south, where the Zangilan district of Azerbaijan faces Armenia's Syunik "
            "province and where the statements have multiplied.")
    assert not {"Zangilan District", "Zangilan"} & set(_places(text))


def test_border_running_past_places_is_no_place():
    text = ("The state border that runs past the gardens of Tegh and the fields of Gubadli never quite went quiet, "
            "residents say.")
    places = _places(text)
    assert "Tegh" not in places and "Gubadli" not in places


def test_fire_on_a_village_near_the_border_is_still_read():
    text = "Shells hit the edge of Tegh near the border on Monday night, the ministry said."
    assert "Tegh" in _places(text)


def test_log_entry_head_of_village_and_district_takes_the_entry_fire():
    text = "Tegh, Syunik: houses shelled overnight, the ministry said."
    events = extract_text(text, dt.date(2022, 12, 31))
    tegh = [c for c in events if c["place_name"] == "Tegh"]
    assert tegh and tegh[0]["layer"] == "shelling"


def test_log_entry_head_near_a_town_takes_the_entry_attack():
    text = "Near Shusha: two servicemen wounded in an attack by armed groups, according to the ministry."
    events = extract_text(text, dt.date(2022, 12, 31))
    shusha = [c for c in events if c["place_name"] == "Shusha"]
    assert shusha and shusha[0]["layer"] == "shelling"


def test_log_entry_head_without_fire_stays_other():
    text = "Tegh and Kornidzor, Syunik: a new school opened in the autumn."
    events = extract_text(text, dt.date(2022, 12, 31))
    assert events and all(c["layer"] == "other" for c in events)


def test_fire_on_army_positions_near_a_village_is_shelling():
    text = "The fire on its positions near Tegh lasted until dawn, the ministry said."
    events = extract_text(text, dt.date(2022, 12, 31))
    tegh = [c for c in events if c["place_name"] == "Tegh"]
    assert tegh and tegh[0]["layer"] == "shelling"


def test_forest_fire_near_a_village_is_no_shelling():
    events = extract_text("A forest fire near Tegh burned until dawn.", dt.date(2022, 12, 31))
    assert all(c["layer"] != "shelling" for c in events)
