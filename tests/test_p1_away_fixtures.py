"""A sports fixture names its ground or its other side by a town: "away in X", "the away match in Y", "plays Z
away", "A v B, home". Nothing happens there as news; a match called off by shelling, someone at home or away in a
town and a tournament's town stay, and a court case "A v. B" is no fixture."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2024, 3, 12))


def _places(text, gazetteer):
    return {name for name, _ in _rows(text, gazetteer)}


def test_a_fixtures_ground_is_no_event(gazetteer):
    assert not _rows("Our under-fourteens play away in Ganja on the second Saturday of May.", gazetteer)
    assert not _rows("The away game at Lankaran starts at noon, so the minibus leaves at seven.", gazetteer)
    assert not _rows("Fixtures: home against the Sumgait veterans on Sunday; away in Barda a week later.", gazetteer)


def test_a_team_named_by_its_town_alone_is_no_event(gazetteer):
    assert not _rows("The women's side plays Shamakhi away on Sunday, weather permitting.", gazetteer)
    assert not _rows("Saturday 3 May: Gazakh v Tovuz, home, kick-off 15:00.", gazetteer)


def test_someone_at_home_or_away_in_a_town_and_a_tournaments_town_stay(gazetteer):
    # a home or a trip is not a fixture's; where a tournament is held is left to the other rules
    assert "Goris" in _places("Our coach is away in Goris this week, so training is off.", gazetteer)
    # (a quiet "at home in X" only places a person: tests/test_h242_at_home_in.py; harm at home is news)
    assert "Dilijan" in _places("A: At home in Dilijan, where shelling woke the children.", gazetteer)
    assert "Gyumri" in _places("Saturday's judo tournament in Gyumri drew forty children.", gazetteer)


def test_war_news_or_officials_keep_the_place(gazetteer):
    assert "Stepanakert" in _places("The away match in Stepanakert was called off after shelling hit the town.",
                                    gazetteer)
    assert "Ganja" in _places("The two ministers will watch the home match in Ganja on Friday.", gazetteer)


def test_a_court_case_named_by_two_states_is_no_fixture(gazetteer):
    # "A v. B" without a fixture's words is left to the other rules; a town named in it for its own news stays
    assert "Kapan" in _places("In Armenia v. Azerbaijan the judges heard that shells hit Kapan on Monday.", gazetteer)
