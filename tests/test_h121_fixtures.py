"""A place in a team's name in a fixture ("A v B") is the team, not its town."""
import datetime as dt

from geo.extract import extract_text


def _places(text):
    return {name for e in extract_text(text, dt.date(2023, 9, 27)) for name in e["place"].split(";")}


def test_lake_in_a_team_name_of_a_fixture_is_no_place():
    text = "Sunday 15 October: Northside B v Lake Sevan Sharks (away, bus at nine)."
    assert "Lake Sevan" not in _places(text)


def test_town_named_with_a_lower_case_v_word_stays():
    # negative case: no team's word after the town; the town is where the match was moved
    text = "The match Northside B v Eagles was moved to Kapan after the shelling."
    assert "Kapan" in _places(text)
