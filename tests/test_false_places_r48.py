"""Places a sentence names only as a statement's list of where fire came from, as a speaker's community office or
as where the readers a writer turns to are."""
import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

DAY = dt.date(2021, 12, 20)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _places(text, gazetteer):
    return {name for c in extract_text(text, DAY, gazetteer) for name in c["place_name"].split(";")}


def test_places_named_as_where_the_fire_came_from_are_no_events(gazetteer):
    text = ("The ministry named Sotk and Kut near Vardenis as the places the shots had come from, "
            "and said nobody was hurt.")
    places = _places(text, gazetteer)
    assert not places & {"Sotk", "Kut", "Vardenis"}


def test_places_named_among_the_sources_with_their_other_names(gazetteer):
    text = "It listed Sotk, which it calls Zod, among the positions the fire came from."
    assert "Sotk" not in _places(text, gazetteer)


def test_fire_from_a_village_on_a_target_is_still_read(gazetteer):
    text = "On Monday, the ministry said, units fired on Tegh from positions near Kornidzor."
    assert "Tegh" in _places(text, gazetteer)


def test_the_target_after_the_named_sources_clause_stays(gazetteer):
    text = ("The ministry named Kut as the place the fire came from; the shells hit houses in Sotk on Monday.")
    assert "Sotk" in _places(text, gazetteer)


def test_a_community_head_speaking_of_other_things_is_no_event_there(gazetteer):
    text = ("Artak Petrosyan, the head of the enlarged Goris community, told the paper that the talks had "
            "shown nobody could be trusted.")
    assert "Goris" not in _places(text, gazetteer)


def test_a_community_head_speaking_of_the_village_keeps_it(gazetteer):
    text = "The head of the Tegh community said on Monday that shells had hit two houses in the village."
    assert "Tegh" in _places(text, gazetteer)


def test_readers_in_a_town_a_writer_asks_for_help_are_no_event(gazetteer):
    text = "The road to the village is icy again, so if any of you in Goris can bring us diesel, please call."
    assert "Goris" not in _places(text, gazetteer)


def test_a_community_head_telling_of_fire_with_no_other_place_keeps_it(gazetteer):
    text = "The head of the Tegh community told us the orchards had been shelled again overnight."
    assert "Tegh" in _places(text, gazetteer)
