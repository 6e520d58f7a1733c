"""Claimants by the conventions the heldout33 reading checked, on sentences written for this test: a defence ministry
named without its nation that reports the other side's arms at a place of its own land is that land's ministry, even
when the article names only the attacker's side."""

import datetime as dt

import pytest

from geo.extract import extract_text

PUBLISHED = dt.date(2021, 6, 3)


def _claimants(text, gazetteer, place):
    """The claimants of the rows at ``place``."""
    rows = extract_text(text, PUBLISHED, gazetteer)
    return sorted({r["claimed_by"] for r in rows if place in r["place_name"].split(";")})


@pytest.mark.parametrize("text, place, expected", [
    ("Aid diary\n\nOn 12 May three Azerbaijani drones heading for Sisian and Goris were shot down, the defence "
     "ministry said.\n\nLater that week Azerbaijani units fired at a farm near Goris.", "Sisian", "Armenian MoD"),
    ("Notes from the border\n\nAzerbaijani forces shelled the outskirts of Goris overnight, the defence ministry "
     "said.", "Goris", "Armenian MoD"),
    ("Village report\n\nArmenian artillery hit a school in Tovuz on Sunday, the defence ministry said.\n\nArmenian "
     "snipers were active all week.", "Tovuz", "Azerbaijani MoD"),
])
def test_an_unnamed_defence_ministry_reporting_the_other_side_s_arms_is_the_land_s(gazetteer, text, place,
                                                                                    expected):
    assert _claimants(text, gazetteer, place) == [expected]


def test_an_unnamed_defence_ministry_with_no_side_named_stays_unresolved_by_this_rule(gazetteer):
    text = "Village report\n\nShells fell on the edge of Goris on Sunday, the defence ministry said."
    assert "Azerbaijani MoD" not in _claimants(text, gazetteer, "Goris")


_STATEMENT = ("Statement on the villages of Vayots Dzor\n\nThe Human Rights Defender of Armenia, Anahit Manasyan, said "
              "that the villages near the border need protection.\n\n{}")


@pytest.mark.parametrize("sentence, place", [
    ("According to farmers, shots were heard near Jermuk at night, the Defender said.", "Jermuk"),
    ("The Defender recalled that in March her office published a report on the road to Sotk.", "Sotk"),
])
def test_the_defender_or_the_defender_s_office_is_the_human_rights_defender_named_before(gazetteer, sentence,
                                                                                          place):
    assert _claimants(_STATEMENT.format(sentence), gazetteer, place) == ["Armenian Human Rights Defender"]


def test_the_defender_alone_names_no_ombudsman_when_none_was_named(gazetteer):
    text = "Match report\n\nThe game in Goris ended late, the Defender said."
    assert "Armenian Human Rights Defender" not in _claimants(text, gazetteer, "Goris")


@pytest.mark.parametrize("sentence, place", [
    ("On 3 May a drone strike near Sisian wounded two men, according to the provincial authorities.", "Sisian"),
    ("Shots were fired at Sotk overnight, the district authorities said.", "Sotk"),
    ("Goris was shelled on Sunday, the village's administration told reporters.", "Goris"),
])
def test_a_province_s_district_s_or_village_s_unnamed_authorities_are_local_officials(gazetteer, sentence, place):
    found = _claimants(f"Field notes\n\n{sentence}", gazetteer, place)
    assert len(found) == 1 and found[0].startswith("local officials")


@pytest.mark.parametrize("sentence, place", [
    ('"The pass to Sisian is icy," a guesthouse owner on the main street told this paper.', "Sisian"),
    ('"Nobody comes to Jermuk in March," a café owner on the square told us.', "Jermuk"),
])
def test_an_unnamed_owner_placed_on_a_street_speaks_as_a_resident(gazetteer, sentence, place):
    assert _claimants(f"Weekly round-up\n\n{sentence}", gazetteer, place) == ["residents"]


@pytest.mark.parametrize("sentence, place", [
    ("A regional site in Sisian reported that farmers in Angeghakot were again asking for a new road.", "Angeghakot"),
    ("A news site in Ijevan reported that the road to Berd had been repaired.", "Berd"),
])
def test_an_unnamed_site_that_reports_is_the_media(gazetteer, sentence, place):
    assert _claimants(f"Press digest\n\n{sentence}", gazetteer, place) == ["media"]
