"""Armed men who try to slip up to the other side's posts or positions, or to reach them, are attacking the line:
the place is fired on (shelling); their own posts, or people who are no armed men, are no attack."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 6, 10)


def _events(text, gazetteer):
    return [(e["place_name"], e["layer"]) for e in extract_text(text, DAY, gazetteer, source="test")]


def test_troops_slip_towards_posts_in_an_area(gazetteer):
    assert _events("The ministry said soldiers of the other side had tried to slip through towards its posts in "
                   "the Berd area and were driven back.", gazetteer) == [("Berd", "shelling")]


def test_special_forces_sneak_up_to_positions(gazetteer):
    assert _events("Special forces tried to sneak up to the forward positions near Berd at night, the ministry said.",
                   gazetteer) == [("Berd", "shelling")]


def test_a_group_tries_to_reach_a_post(gazetteer):
    assert ("Berd", "shelling") in _events("The border service said an armed group had tried to reach one of its "
                                           "posts near Berd.", gazetteer)


def test_soldiers_reaching_their_own_positions_are_no_attack(gazetteer):
    assert ("Berd", "shelling") not in _events("Soldiers tried to reach their positions near Berd after the storm.",
                                               gazetteer)


def test_reporters_reaching_posts_are_no_attack(gazetteer):
    assert ("Berd", "shelling") not in _events("A group of reporters tried to reach the posts near Berd on Monday.",
                                               gazetteer)


def test_soldiers_on_leave_going_to_a_market_are_no_attack(gazetteer):
    assert ("Berd", "shelling") not in _events("Soldiers on leave tried to slip through towards the market in Berd.",
                                               gazetteer)
