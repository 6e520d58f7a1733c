"""A speaker who reads out or names a list after a colon claims each place of it; reports with no author
("unconfirmed reports said", "some reports suggested") are the press, media, not a word of the phrase."""

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
