"""A plane flown into a hill is a crash, not a way in; "the only way in or out" is a place's link; a clause-final
"released" is a deed done to people, no speaker's verb; a road that has a post on it is the post's;
everyone arriving searched is a checkpoint."""
import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

DAY = dt.date(1992, 3, 4)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _events(sentence, gazetteer):
    return {e["place"]: e for e in extract_text(sentence, DAY, gazetteer)}


def test_flown_into_a_hill_is_no_route(gazetteer):
    events = _events("The agency said the cargo plane had flown into a mountain near Fizuli in low cloud.",
                     gazetteer)
    assert events["Fizuli"]["layer"] == "other"


def test_aircraft_flying_into_a_town_is_still_a_route(gazetteer):
    events = _events("No helicopter has been allowed to fly into Fizuli since the spring.", gazetteer)
    assert events["Fizuli"]["layer"] == "corridors"


def test_only_way_in_or_out_is_a_corridor(gazetteer):
    events = _events("The airfield at Fizuli is now the only way for villagers to get in or out of the district.",
                     gazetteer)
    assert events["Fizuli"]["layer"] == "corridors"


def test_only_way_of_doing_something_is_no_corridor(gazetteer):
    events = _events("The only way he could see Fizuli was from the hill above the farm.", gazetteer)
    assert events["Fizuli"]["layer"] != "corridors"


def test_people_got_released_is_no_claimant(gazetteer):
    events = _events("Gunmen held six drivers near Tovuz for two days, until a deal with the police got the drivers "
                     "released.", gazetteer)
    assert events["Tovuz"]["claimed_by"] == ""


def test_a_body_that_released_a_statement_still_speaks(gazetteer):
    events = _events("The ministry released a statement saying that Tovuz had been shelled overnight.", gazetteer)
    assert events["Tovuz"]["layer"] == "shelling"


def test_road_that_has_a_post_on_it_is_a_checkpoint(gazetteer):
    events = _events("The driver says every road out of Tovuz has an army post on it now.", gazetteer)
    assert events["Tovuz"]["layer"] == "checkpoints"


def test_road_with_a_post_only_told_later_stays_a_route(gazetteer):
    events = _events("The road out of Tovuz has been closed since the checkpoint was set up.", gazetteer)
    assert events["Tovuz"]["layer"] == "corridors"


def test_everyone_arriving_searched_is_a_checkpoint(gazetteer):
    events = _events("She writes that the airfield at Fizuli is held by the army, who search everyone getting off a "
                     "helicopter.", gazetteer)
    assert events["Fizuli"]["layer"] == "checkpoints"


def test_everyone_in_a_village_searched_is_no_checkpoint(gazetteer):
    events = _events("The police searched everyone in the village of Fizuli for weapons.", gazetteer)
    assert events["Fizuli"]["layer"] != "checkpoints"
