"""Sentences on which rules of the heldout59 round misfired: a truce's talks that resumed are no fire resumed; a
project advanced at a cost, or an advance that cost nothing, is no fighting; a crossing that opened for a convoy,
said without "was", is a way opened; a clause after a comma is no apposition of a place ("stopped for hours, on the
A-B road"); a sentence opened by "Compiled by ..." is no credit line; a "last Saturday" dated in brackets is that
day."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers, rows

layers = partial(place_layers, published=dt.date(2022, 7, 20))


def places(text, gazetteer):
    return {name for c in rows(text, gazetteer, "2022-07-20") for name in c["place_name"].split(";")}


def test_a_truce_s_talks_that_resumed_are_no_fire(gazetteer):
    found = layers("Talks on a cease-fire at Sotk resumed on Tuesday.", gazetteer)
    assert found.get("Sotk") != "shelling", found
    # (fire said to resume stays fire)
    assert layers("Fire at Sotk resumed on Tuesday.", gazetteer).get("Sotk") == "shelling"


def test_a_project_advanced_or_an_advance_that_cost_nothing_is_no_fighting(gazetteer):
    text = "The firm tried to advance its mining project at Sotk and suffered heavy financial losses."
    assert layers(text, gazetteer).get("Sotk") != "shelling"
    text = "Azerbaijani troops attempted to advance near Sotk but suffered no casualties."
    assert layers(text, gazetteer).get("Sotk") != "shelling"
    text = "Azerbaijani troops tried to advance near Sotk and suffered heavy losses."
    assert layers(text, gazetteer).get("Sotk") == "shelling"


def test_a_crossing_that_opened_for_a_convoy_is_a_way_opened(gazetteer):
    found = layers("The Bavra crossing opened on Friday for a convoy of aid trucks.", gazetteer)
    assert found.get("Bavra") == "corridors", found


def test_a_clause_after_a_comma_is_no_place_s_apposition(gazetteer):
    assert {"Goris", "Kapan"} <= places("Trucks were stopped for hours, on the Goris-Kapan road.", gazetteer)
    # (after a place it still only locates it)
    assert places("Shelling hit Sotk, a village on the Vardenis-Jermuk road, on Monday.", gazetteer) == {"Sotk"}


def test_a_sentence_opened_by_compiled_by_is_no_credit_line(gazetteer):
    text = "Compiled by the ombudsman's office, the report lists twelve homes damaged in Sotk."
    assert "Sotk" in places(text, gazetteer)
    text = "Translated by volunteers in Goris, the leaflets warned of shelling near Sotk."
    assert "Sotk" in places(text, gazetteer)


def test_a_last_saturday_dated_in_brackets_is_that_day(gazetteer):
    text = ("LETTERS\n\nSir, my cousin saw trucks pass through Goris last Saturday.\n\nThe editor replies\n\n"
            "Trucks were seen in Kapan last Saturday (11 March).")
    found = {c["place_name"]: str(c["start_date"]) for c in rows(text, gazetteer, "2023-03-20")}
    assert found.get("Goris") == "2023-03-11", found
