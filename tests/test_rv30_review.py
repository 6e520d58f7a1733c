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


# a supposed outcome: only a place that is its subject, not one whose own news a "which" clause follows
def test_shelling_told_before_a_supposed_outcome_is_kept():
    found = _found("Shells fell on Tartar, which would be wiped out if the shelling continued, the mayor said on "
                   "Monday.")
    assert found["Tartar"]["layer"] == "shelling"


def test_place_in_a_supposed_outcome_is_still_dropped():
    assert "Yevlakh" not in _found("Half of Yevlakh could be flooded within hours if the dam gave way, engineers said.")


# a metropolis's other name goes after a town abroad whose own name it is
@pytest.mark.parametrize("name, place, country", [
    ("Alexandria", "Alexandria", "EG"),      # not Mashhad, whose record lists an old name so
    ("Samarra", "Sāmarrā’", "IQ"),           # not Samara, whose own name it only spells
    ("Aidin", "Aydın", "TR"),                # a spelling of Aydın, not an old name of Aden
    ("Koto", "Kotō", "JP"),                  # Tokyo's ward, not Kyoto asked against it
    ("Teheran", "Tehran", "IR"),             # kept: no town bears it as its own
    ("St Petersburg", "Saint Petersburg", "RU"),   # kept: twenty times Florida's
    ("Canton", "Guangzhou", "CN"),           # kept: far bigger than the small towns of the name
])
def test_metropolis_under_other_name_against_own_names(gaz, name, place, country):
    match = gaz.resolve(name)
    assert (match.place.name, match.place.country) == (place, country)


# a short name is no spelling of a far town's own name over the region's reading
@pytest.mark.parametrize("name, far", [("Mari", "Mary"), ("Sumi", "Sumy"), ("Pert", "Perth"), ("Lagi", "La Gi")])
def test_short_name_is_no_spelling_of_a_far_town(gaz, name, far):
    try:
        assert gaz.resolve(name).place.name != far
    except PlaceNotFound:
        pass


def test_long_spelling_of_a_town_abroad_still_read(gaz):
    assert gaz.resolve("Adiaman").place.name == "Adıyaman"
