"""A body's seat written with its other name in brackets only says who speaks."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 5, 10)


def places(text):
    return sorted(p for e in extract_text(text, DAY) for p in e["place"].split(";"))


def test_glossed_seat_of_a_ministry_is_no_place():
    text = "Troops fired at a farm near Sos, the interior ministry in Stepanakert (Khankendi) said."
    events = extract_text(text, DAY)
    assert [e["place"] for e in events] == ["Sos"]
    assert events[0]["layer"] == "shelling"


def test_glossed_seat_written_the_other_way():
    assert places("Houses in Chartar were damaged by gunfire, the ministry in Khankendi (Stepanakert) said.") \
        == ["Chartar"]


def test_glossed_town_shelled_stays():
    assert "Stepanakert" in places("Shells fell on a market in Stepanakert (Khankendi), the ministry said.")


def test_glossed_seat_struck_stays():
    assert "Stepanakert" in places("Officials said the ministry in Stepanakert (Khankendi) was hit by a shell.")


def test_glossed_town_travelled_to_stays():
    assert "Stepanakert" in places("Farmers from Sos drove to Stepanakert (Khankendi) on Monday, officials said.")
