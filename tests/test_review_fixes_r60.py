"""Second look at the heldout60 round's rules: the speaker's own "it" waiting somewhere is no vehicle, a stop made
for a meeting stays a stay, a bus halts as a convoy does, "dispatched" lorries are sent, a post named without "the"
still has its men hit there, barriers taken away block nothing, and a clause opening "Prepared by" with a number
after its comma is no credit line."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers, rows

layers = partial(place_layers, published=dt.date(2023, 5, 10))


def test_the_speaker_s_own_it_waiting_for_weeks_is_no_vehicle_waiting(gazetteer):
    text = "The commission said it had waited for weeks in Vanadzor for a reply from the capital."
    assert layers(text, gazetteer).get("Vanadzor") != "corridors"


def test_a_convoy_that_stopped_in_a_town_for_a_meeting_stayed_there(gazetteer):
    text = "The minister's convoy stopped in Sisian for a meeting with local officials."
    assert layers(text, gazetteer).get("Sisian") != "corridors"


def test_a_bus_that_first_stopped_at_a_town_halted_on_its_way(gazetteer):
    assert layers("The bus finally stopped at Sisian late on Tuesday.", gazetteer).get("Sisian") == "corridors"


def test_lorries_dispatched_with_their_load_to_a_town_are_the_route(gazetteer):
    text = "A charity dispatched four lorries packed with blankets to Sisian on Tuesday."
    assert layers(text, gazetteer).get("Sisian") == "corridors"


def test_a_guard_at_a_checkpoint_named_without_the_wounded_by_fire_is_fire_there(gazetteer):
    text = "A guard at Lachin checkpoint was wounded by sniper fire coming from the hills on Tuesday."
    assert layers(text, gazetteer).get("Hakari Bridge") == "shelling"


def test_barriers_removed_from_a_road_are_no_blockade_at_its_towns(gazetteer):
    for text in ("Workers removed the barriers on the Ijevan-Dilijan road on Tuesday.",
                 "The barricades on the Ijevan-Dilijan road were cleared on Tuesday."):
        found = {c["place_name"]: c["layer"] for c in rows(text, gazetteer)}
        assert "checkpoints" not in found.values(), (text, found)


def test_a_clause_opening_prepared_by_with_a_number_after_its_comma_is_told(gazetteer):
    text = "Prepared by volunteers in Ijevan, 300 parcels were sent to Dilijan."
    assert {c["place_name"] for c in rows(text, gazetteer)} & {"Dilijan", "Ijevan;Dilijan"}
