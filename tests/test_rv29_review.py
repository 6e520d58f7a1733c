"""Review of the rules of the rounds on heldout192 and 193: wordings near each rule that it must not change (a
misfire mended by narrowing it), and the cases it was written for, kept."""
import datetime

from geo.extract import extract_text


def _found(text, day=datetime.date(2021, 3, 10)):
    return {e["place"]: e for e in extract_text(text, day)}


# stones thrown at traffic: only vehicles on the road, not the police's or a team's, nor pelted with eggs
def test_stones_at_lorries_stay_an_attack():
    assert _found("Villagers pelted the lorries with rocks near Sadakhlo on Monday.")["Sadakhlo"]["layer"] == "shelling"
    assert _found("Masked men threw stones at a column of Armenian trucks near Marneuli on Monday.")["Marneuli"][
        "layer"] == "shelling"


def test_stones_at_police_vehicles_are_no_attack():
    assert _found("Protesters threw stones at police vehicles in Yerevan on Monday.")["Yerevan"]["layer"] == "other"
    assert _found("Demonstrators hurled stones at buses carrying riot police in Yerevan on Monday.")["Yerevan"][
        "layer"] == "other"


def test_stones_at_the_cars_of_deputies_are_no_attack():
    found = _found("Protesters threw stones at the cars of deputies outside parliament in Yerevan on Monday.")
    assert found["Yerevan"]["layer"] == "other"


def test_stones_thrown_by_fans_after_a_match_are_no_attack():
    assert _found("Fans threw stones at the team bus after the match in Baku on Monday.")["Baku"]["layer"] == "other"
    assert _found("Fans threw stones at buses after the match in Baku on Monday.")["Baku"]["layer"] == "other"


def test_pelted_with_eggs_or_tomatoes_is_no_attack():
    assert _found("Protesters pelted the cars with eggs outside parliament in Yerevan on Monday.")["Yerevan"][
        "layer"] == "other"
    assert _found("Villagers pelted the convoy with tomatoes in Tegh on Monday.")["Tegh"]["layer"] != "shelling"
