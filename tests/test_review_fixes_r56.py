"""Variants and misfires of the round-56 rules: a forest fire at army posts; a sentence telling of events on each
side of the border; a naming clause in the past tense; a village list before a seat town; a fire along a border
told by its course; a weather label with "on"; a log's date line with a 12-hour clock; a picture's credit in a
bracket closing an entry."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2023, 4, 25)


def _events(text):
    return extract_text(text, DAY)


def _places(text):
    return {e["place_name"] for e in _events(text)}


def test_forest_fire_at_army_posts_is_no_weapons_fire():
    events = _events("A forest fire at army posts near Tegh was put out on Monday.")
    assert all(e["layer"] != "shelling" for e in events)


def test_events_on_each_side_of_the_border_are_kept():
    events = _events("Shelling along the border damaged homes in Tegh on one side and in Kornidzor on the other.")
    assert {e["place_name"] for e in events if e["layer"] == "shelling"} == {"Tegh", "Kornidzor"}
    assert not _places("The state border (Tavush on one side; Gazakh and Tovuz on the other) was quiet.")
    assert not _places("Observers watch the line (Berd and the Ijevan hills on one side; Tovuz and Gazakh on the "
                       "other) from a distance.")


def test_naming_clause_in_the_past_tense_names_no_claimant():
    events = _events("Shelling hit the Chambarak area, which Azerbaijani reports called Krasnoselsk, on Monday.")
    assert [e["claimed_by"] for e in events] == [""]


def test_three_villages_before_a_seat_town_lie_in_its_district():
    places = _places("Fire hit positions near Keshdak, Zarbuli and Barmagbin in Kalbajar.")
    assert {"Keshdak", "Zarbuli", "Barmagbin"} <= places
    assert "Kalbajar" not in places


def test_fire_along_a_border_told_by_its_course_keeps_the_place():
    assert "Berd" in _places("Azerbaijani troops fired along the border that runs past Berd, hitting a house.")
    assert not _places("The state border that runs past Berd and Tovuz is quiet.")


def test_weather_label_with_on_gives_no_event():
    assert not _places("Weather on Friday: rain in Berd and snow in Jermuk.")


def test_log_date_line_with_a_twelve_hour_clock_dates_the_entry():
    for line in ("22 September 2022, 11.45 pm, to 23 September, 8.30 am.",
                 "22 September 2022, 11.45 p.m., to 23 September, 8.30 a.m."):
        events = _events(line + "\nAzerbaijani troops fired at positions near Tegh.")
        assert [e["start_date"] for e in events] == ["2022-09-22"]


def test_picture_credit_in_a_closing_bracket_names_no_claimant():
    events = _events("Shelling damaged houses in Tegh overnight. Two cars burned. "
                     "(Armenian Defence Ministry, archive photo.)")
    assert [e["claimed_by"] for e in events] == [""]
    events = _events("Tegh: positions were fired at overnight. Two houses were damaged. (Armenian Defence Ministry.)")
    assert [e["claimed_by"] for e in events] == ["Armenian Defence Ministry"]


def test_venue_before_a_town_abroad_is_no_village_of_its_district():
    events = _events("Villa Medici, Rome: the mediator welcomed both ministers for discussions on 4 May.")
    assert [e["place_name"] for e in events] == ["Rome"]
