"""Places that locate no event of the sentence: a side's silence named by its capital with a word of time between
("no reaction so far from Baku"), the homes of a group told part by part ("Some came from A, some from B"), areas
that only locate a village, a member's seat ("the Barda constituency") and the home of people housed elsewhere
("families from A who now live in hostels")."""

import pytest

from tests.helpers import place_layers


@pytest.mark.parametrize("text, place, kept", [
    ("Shelling hit houses in Sotk on Monday, the ministry said. There has been no reaction so far from Baku.",
     "Baku", "Sotk"),
    ("Drones struck a depot near Tartar on Friday. There was no response yet from Yerevan to the report.",
     "Yerevan", "Tartar"),
])
def test_a_side_s_silence_is_not_its_capital(gazetteer, text, place, kept):
    found = place_layers(text, gazetteer)
    assert kept in found and place not in found, found


@pytest.mark.parametrize("text, homes", [
    ("Forty families moved into new houses in Aghali on Tuesday. Some came from Ganja, some from Mingachevir, "
     "one family from Shirvan.", ("Ganja", "Mingachevir", "Shirvan")),
    ("Forty families moved into new houses in Aghali on Tuesday. Some were from Sumgayit, others from Baku.",
     ("Sumgayit", "Baku")),
])
def test_homes_told_part_by_part_make_no_event(gazetteer, text, homes):
    found = place_layers(text, gazetteer)
    assert "Aghali" in found and not set(homes) & set(found), found


@pytest.mark.parametrize("text, area", [
    ("Soldiers fired at a farm near Tsaghkavank on Monday, the ministry said. Tsaghkavank is a small village of the "
     "Ijevan region, close to the border.", "Ijevan"),
    ("Work began on Friday on a new school at Zabukh, on the western edge of Azerbaijan's Lachin district.",
     "Lachin District"),
])
def test_an_area_that_only_says_where_a_village_lies_makes_no_event(gazetteer, text, area):
    assert area not in place_layers(text, gazetteer), place_layers(text, gazetteer)


@pytest.mark.parametrize("text, place, kept", [
    ("A deputy from the Barda constituency asked the ministry on Monday about the shelling of Tartar.",
     "Barda", "Tartar"),
])
def test_a_member_s_seat_makes_no_event(gazetteer, text, place, kept):
    found = place_layers(text, gazetteer)
    assert kept in found and place not in found, found


@pytest.mark.parametrize("text", [
    "Shells hit houses in Tartar on Monday. The deputy said that families from Fuzuli who now live in dormitories "
    "write to her every week.",
    "Shells hit houses in Tartar on Monday. Families from Fuzuli who still live in hostels asked for news.",
])
def test_the_home_of_people_housed_elsewhere_makes_no_event(gazetteer, text):
    found = place_layers(text, gazetteer)
    assert "Tartar" in found and "Fuzuli" not in found, found
