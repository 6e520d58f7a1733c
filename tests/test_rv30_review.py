"""Review of the rules of the rounds on heldout196 to heldout199: wordings near each rule that it must not change (a
misfire mended by narrowing it), and the cases it was written for, kept."""
import datetime

import pytest

from geo.extract import extract_text
from geo.gazetteer import PlaceNotFound, load_gazetteer


def _found(text, day=datetime.date(2023, 9, 20)):
    return {e["place"]: e for e in extract_text(text, day)}


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


# rescue work abroad: the town of the rescue's clause, not a town of an aside or a relative clause
def test_town_of_an_aside_is_no_rescue_scene():
    found = _found("The Armenian team, which had worked in Istanbul in 1999, pulled a woman out alive in Gaziantep "
                   "on Wednesday.")
    assert "Istanbul" not in found and found["Gaziantep"]["layer"] == "other"


def test_town_of_a_relative_clause_is_no_rescue_scene():
    found = _found("Rescuers who trained in Moscow last year pulled a boy out alive in Malatya on Thursday.")
    assert "Moscow" not in found and found["Malatya"]["layer"] == "other"


def test_town_opening_the_sentence_is_the_rescue_scene():
    found = _found("In Malatya, Armenian rescuers pulled two children out alive on Thursday.")
    assert found["Malatya"]["layer"] == "other"
