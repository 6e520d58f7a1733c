"""A game, a set or a final lost is sport, no ground lost."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 9, 8)


def _kinds(text, place):
    return [e.get("kind") for e in extract_text(text, DAY) if e["place"] == place]


def test_lost_in_rounds_is_no_change_of_control():
    kinds = _kinds("At the spring cup in Martuni our boys' relay team got to the final and lost in two rounds.", "Martuni")
    assert "control" not in kinds


def test_lost_on_penalties_is_no_change_of_control():
    kinds = _kinds("Last month in Martuni our table-tennis pair reached the quarter-final and lost on penalties.",
                   "Martuni")
    assert "control" not in kinds


def test_lost_the_match_is_no_change_of_control():
    kinds = _kinds("At the club day in Martuni our best pair reached the final and lost the match.", "Martuni")
    assert "control" not in kinds


def test_defenders_lost_in_a_town_still_a_change_of_control():
    kinds = _kinds("After two days of fighting the defenders lost in Martuni and withdrew.", "Martuni")
    assert "control" in kinds


def test_town_lost_still_a_change_of_control():
    assert "control" in _kinds("The army lost Hadrut on Friday after days of fighting.", "Hadrut")
