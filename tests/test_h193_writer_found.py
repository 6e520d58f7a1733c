"""A named writer of an outlet who met or found someone living somewhere ("the BBC's X found a widow still living in
Y", "X, writing for the Z, met a man who had lived at W") gives the writer's account; one met about something else,
or a country's man, does not."""

import datetime

from geo.extract import extract_text


def _claims(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, datetime.date(2009, 2, 20), gazetteer)}


def test_outlets_writer_found_someone_living_there(gazetteer):
    text = "In 2007 the BBC's Laura Grant found a pensioner still living in an old goods wagon at Barda."
    assert _claims(text, gazetteer).get("Barda") == "Laura Grant"


def test_writer_for_an_outlet_met_someone_who_had_lived_there(gazetteer):
    text = "Tom Hale, writing for the Observer, met a farmer who had lived in a railway wagon at Imishli since the war."
    assert _claims(text, gazetteer).get("Imishli") == "Tom Hale"


def test_met_about_something_else_is_no_claim(gazetteer):
    text = "The BBC's Laura Grant met the governor at the opening of a school in Barda."
    assert _claims(text, gazetteer).get("Barda") != "Laura Grant"


def test_a_countrys_man_is_no_writer(gazetteer):
    text = "Russia's Ivan Sokolov met a family who had lived in the camp at Barda for years."
    assert _claims(text, gazetteer).get("Barda") != "Ivan Sokolov"
