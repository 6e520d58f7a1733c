"""Wordings of an assault on a town read as fighting there (the shelling layer): a push forward to take or win a
place back, a town closed in on or closed on from two sides, a blow of an offensive falling on it, army units that
tried to reach it; and a district's officials speaking of its town, who are no event of their own."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(1992, 9, 25)


def _layers(text, place):
    return [e["layer"] for e in extract_text(text, DAY) if place in e["place"].split(";")]


def test_a_push_forward_to_win_a_town_back_is_fighting():
    assert _layers("Our battalion went forward to win Hadrut back, but the commander was wounded.", "Hadrut") \
        == ["shelling"]
    assert _layers("At dawn the units moved forward to retake Hadrut.", "Hadrut") == ["shelling"]


def test_going_forward_without_a_capture_stays_as_it_was():
    assert _layers("The convoy went forward to Hadrut.", "Hadrut") != ["shelling"]


def test_a_town_closed_in_on_is_fighting():
    assert _layers("A second column was closing in on Hadrut.", "Hadrut") == ["shelling"]
    assert _layers("The aim was to close on Hadrut from two sides.", "Hadrut") == ["shelling"]


def test_a_market_closed_on_a_day_is_no_fighting():
    assert _layers("The market in Hadrut closed on Tuesday.", "Hadrut") != ["shelling"]


def test_a_blow_that_fell_on_a_town_is_an_attack():
    assert _layers("The main blow fell on Hadrut, which the defenders abandoned.", "Hadrut") == ["shelling"]


def test_a_blow_to_a_town_or_on_a_head_is_no_attack():
    assert _layers("Losing the bakery was a blow to Hadrut.", "Hadrut") != ["shelling"]
    assert _layers("In Hadrut a blow fell on his head at the fair.", "Hadrut") != ["shelling"]


def test_army_units_that_tried_to_reach_a_town_attacked_it():
    assert _layers("A rifle regiment flown in by helicopter tried to reach Hadrut over the hills.", "Hadrut") \
        == ["shelling"]


def test_rescuers_or_reporters_trying_to_reach_a_town_are_no_attack():
    assert _layers("Rescue units tried to reach Hadrut after the mudslide.", "Hadrut") != ["shelling"]
    assert _layers("Our reporter tried to reach Hadrut over the hills.", "Hadrut") != ["shelling"]


def test_officials_of_a_district_speak_of_its_town():
    text = "Officials of the Hadrut district said that an air raid on Hadrut on Sunday killed four people."
    events = [e for e in extract_text(text, DAY) if e["place"] == "Hadrut"]
    assert [e["layer"] for e in events] == ["shelling"]


def test_officials_of_a_district_who_do_not_name_the_town_again_stay():
    text = "Officials of the Hadrut district said that four people were killed on Sunday."
    assert _layers(text, "Hadrut")


def test_a_town_still_holding_out_is_under_assault():
    assert _layers("The ministry said that the town of Hadrut was still holding out.", "Hadrut") == ["shelling"]
    assert _layers("Hadrut held out for six days.", "Hadrut") == ["shelling"]


def test_holding_out_for_an_offer_or_a_hand_held_out_is_no_assault():
    assert _layers("In Hadrut the drivers were still holding out for a better price.", "Hadrut") != ["shelling"]
    assert _layers("In Hadrut the mayor held out his hand to the guests.", "Hadrut") != ["shelling"]
