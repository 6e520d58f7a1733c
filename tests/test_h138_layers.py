"""Layers heldout138 read wrongly: a count carried on to another place with no verb of its own ("and in Y another
eight"), a visit round the damaged villages of a district (the visit is the news, as the older sets file it), and a
gate that shuts a lane between two villages (a barrier: checkpoints)."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2016, 5, 3)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_another_count_at_a_second_place_shares_the_first_clause():
    layers = _layers("In Mahrizli, officials said, fifteen houses were damaged, and in Evoglu another eight.")
    assert layers.get("Evoglu") == "shelling"


def test_a_clause_of_its_own_after_and_in_keeps_its_own_layer():
    layers = _layers("Shells hit Mahrizli on Monday, and in Evoglu the farmers met.")
    assert layers.get("Evoglu") == "other"


def test_a_visit_round_the_shelled_villages_is_a_visit():
    assert _layers("On Friday diplomats were taken round the shelled villages of the Tartar district.") \
        == {"Tartar": "other"}
    assert _layers("On Friday reporters toured the damaged houses in Tartar.") == {"Tartar": "other"}


def test_the_shelled_villages_hit_again_are_shelling():
    assert _layers("On Friday the shelled villages of the Tartar district were hit again.") == {"Tartar": "shelling"}


def test_a_gate_shutting_the_lane_between_two_villages_is_a_barrier():
    layers = _layers("A metal gate now shuts the lane between Mahrizli and Evoglu.")
    assert layers == {"Mahrizli": "checkpoints", "Evoglu": "checkpoints"}


def test_a_gate_hit_by_a_shell_is_shelling():
    assert _layers("A shell hit the gate of the school in Evoglu.") == {"Evoglu": "shelling"}
