"""A speaker who reads out or names a list after a colon claims each place of it; reports with no author
("unconfirmed reports said", "some reports suggested") are the press, media, not a word of the phrase;
"then X speaks, promising that" is X's promise; an outlet a speaker told something to is what "the same daily"
or "the agency recalled" names later."""

import pytest

from tests.helpers import claimants


@pytest.mark.parametrize("text", [
    "On Wednesday the army's press officer, Tural Gasimov, read it out: Tartar, Aghdam and Barda.",
    "The press officer, Tural Gasimov, read out the names: Tartar, Aghdam and Barda.",
    "Asked which towns were hit, Tural Gasimov named them: Tartar, Aghdam and Barda.",
])
def test_a_list_read_out_after_a_colon_is_the_reader_s(gazetteer, text):
    found = claimants(text, gazetteer)
    assert [found[place] for place in ("Tartar", "Aghdam", "Barda")] == ["Tural Gasimov"] * 3


@pytest.mark.parametrize("text, place", [
    ("Unconfirmed reports said a drone had come down near Sisian overnight.", "Sisian"),
    ("A drone came down near Sisian overnight, unconfirmed reports said.", "Sisian"),
    ("Some reports suggested that a depot near Goris had burned.", "Goris"),
    ("A depot near Goris burned on Sunday, reports said.", "Goris"),
])
def test_reports_without_an_author_are_media(gazetteer, text, place):
    assert claimants(text, gazetteer)[place] == "media"


@pytest.mark.parametrize("text, place", [
    ("14:05 A message from the Georgian premier is read out; then Aliyev speaks, promising that freight will "
     "reach Gyumri within a year.", "Gyumri"),
    ("Then Aliyev spoke, vowing that trains would run to Gyumri again.", "Gyumri"),
])
def test_a_promise_in_a_participle_is_the_speaker_s_of_its_clause(gazetteer, text, place):
    assert "Aliyev" in claimants(text, gazetteer)[place]


def test_a_text_read_out_by_nobody_named_has_no_reader(gazetteer):
    assert claimants("A statement was read out: Tartar and Barda were hit.", gazetteer)["Tartar"] == ""


@pytest.mark.parametrize("text", [
    "Koti was fired on overnight, the village head Levon Harutyunyan told the Haykakan Zhamanak daily.\n"
    "According to the same daily, the Azerbaijani side also shelled Berdavan on Sunday.",
    "Koti was fired on overnight, the village head Levon Harutyunyan told PanArmenian.Net.\n"
    "Berdavan, too, had come under fire in March, the agency recalled.",
])
def test_an_outlet_told_something_is_the_outlet_named_again_not_its_source(gazetteer, text):
    found = claimants(text, gazetteer)
    assert found["Berdavan"] == "Armenian media"
    assert "Harutyunyan" in found["Koti"]
