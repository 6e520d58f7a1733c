"""A club's opponents in a game, named by their town ("the friendly against the wrestlers' team from X", "the match
with the Y players"), tell who the other side is, not where anything happened: no event at the town. A game's
ground, or war told in the sentence, keeps it."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer):
    return {e["place"] for e in extract_text(text, datetime.date(2020, 10, 12), gazetteer)}


def test_a_friendly_against_a_team_from_a_town(gazetteer):
    text = "Our friendly against the team from Shamkir has been moved to next Sunday."
    assert _places(text, gazetteer) == set()


def test_a_match_with_the_players_of_a_town(gazetteer):
    assert _places("The cup match with the Agdash players is off; we will write with a new date.", gazetteer) == set()


def test_a_game_against_the_visitors_from_a_town(gazetteer):
    text = "The game against the visitors from Zagatala will start an hour later than usual."
    assert _places(text, gazetteer) == set()


def test_the_games_ground_keeps_the_town(gazetteer):
    text = "The friendly against the team will be played in Shamkir on Sunday."
    assert "Shamkir" in _places(text, gazetteer)


def test_shelling_of_the_opponents_town_keeps_it(gazetteer):
    text = "The match with the Tartar players is off because Tartar was shelled overnight."
    assert "Tartar" in _places(text, gazetteer)


def test_a_team_that_is_no_opponent_keeps_the_town(gazetteer):
    text = "On Sunday a team of the Red Crescent handed out blankets in Barda after the night's shelling."
    assert "Barda" in _places(text, gazetteer)
