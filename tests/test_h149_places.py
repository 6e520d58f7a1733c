"""Rules read from heldout149 on places and layers: a place whose houses were burnt, in a sentence telling people
killed, was attacked (shelling); goods named by where they come from give no place; a press centre in a capital
holding an event there keeps the capital as the place."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 5, 14)


def _events(text, place, published=DAY):
    return [(e["layer"], e["kind"]) for e in extract_text(text + "\n", published)
            if place in e["place_name"].split(";")]


def test_houses_burnt_at_a_place_with_people_killed_is_an_attack():
    assert _events("Gunmen burned all of Tartar's houses and killed nine people.", "Tartar") \
        == [("shelling", "casualties")]


def test_houses_burnt_in_a_place_with_people_killed_is_an_attack():
    assert _events("Forty houses were burnt in Tartar and six of its people were killed.", "Tartar") \
        == [("shelling", "casualties")]


def test_houses_burnt_with_no_one_killed_stays_other():
    assert [layer for layer, _ in _events("Forty houses were burnt in Tartar, the agency said.", "Tartar")] \
        == ["other"]


def test_owners_burning_their_own_houses_stays_other():
    assert [layer for layer, _ in _events("Two families burned their houses in Tartar before leaving.", "Tartar")] \
        == ["other"]


def test_goods_from_a_town_give_no_place():
    assert _events("The spring order of fleece from Gadabay is in; collect it on Monday.", "Gadabay") == []
    assert _events("We now stock walnuts from the village of Tartar at two manats a kilo.", "Tartar") == []


def test_a_lorry_from_a_town_keeps_it():
    # (people or vehicles from a town are no goods)
    assert _events("A lorry from Gadabay was hit by a shell near the border.", "Gadabay") != []


def test_a_press_centre_holding_an_evening_in_the_capital_keeps_the_capital():
    assert _events("On Friday the press centre in Baku held a commemoration for the victims.", "Baku") != []


def test_a_press_centre_speaking_in_the_capital_gives_no_place():
    assert _events("The press centre in Baku said on Friday that the road was open.", "Baku") == []
