"""Teams named by their towns answering an invitation ("teams from X and Y have said yes", "the team from Z will
decide next week") are a contest's entrants, no event at their towns; fire told there, or a team that travels to a
named place, keep the towns."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2019, 2, 20))


def _places(text, gazetteer):
    return {name for joined, _ in _rows(text, gazetteer) for name in joined.split(";")}


def test_teams_answering_an_invitation_are_no_event(gazetteer):
    assert not _places("Teams from Goris, Sisian and Kapan have agreed to come; the team from Ijevan has not "
                       "answered yet.", gazetteer) & {"Goris", "Sisian", "Kapan"}
    assert "Dilijan" not in _places("The team from Dilijan will decide by Friday whether to enter.", gazetteer)


def test_fire_told_keeps_the_teams_town(gazetteer):
    assert "Shusha" in _places("Two teams from Shusha have withdrawn after the shelling of the town.", gazetteer)


def test_a_team_sent_to_work_is_not_an_entrant(gazetteer):
    assert "Shurnukh" in _places("A rescue team from Goris reached Shurnukh after the shelling.", gazetteer)
