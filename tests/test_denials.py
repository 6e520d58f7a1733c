"""Fire a speaker denies is that side's claim about the fire, kept as a denial: never an attack the denier reports
(sentences written for these tests)."""

import datetime as dt

import pytest

from geo.extract import extract_text


def kinds(text, gazetteer):
    return {c["place_name"]: (c["layer"], c["kind"], c["claimed_by"])
            for c in extract_text(text, dt.date(2020, 10, 12), gazetteer, source="test")}


@pytest.mark.parametrize("text, place, claimant", [
    ("The Armenian Defence Ministry denied that its units had shelled Tartar.", "Tartar", "Armenian MoD"),
    ("The Armenian Defence Ministry denied on Monday that its units had shelled Tartar.", "Tartar", "Armenian MoD"),
    ("Armenia's defence ministry denied firing at Ganja.", "Ganja", "Armenian MoD"),
    ("The Azerbaijani Defence Ministry rejected reports that its troops had fired on Sotk.", "Sotk", "Azerbaijani MoD"),
    ("The Armenian Defence Ministry said no shells had been fired near Horadiz overnight.", "Horadiz", "Armenian MoD"),
])
def test_a_denied_attack_is_the_denier_s_denial(gazetteer, text, place, claimant):
    assert kinds(text, gazetteer)[place] == ("shelling", "denial", claimant)


@pytest.mark.parametrize("text, place", [
    # the claim made after the denial is an attack reported
    ("Azerbaijan's Defence Ministry denied that its units had fired, saying Armenian forces had shelled its "
     "positions in the Lachin district.", "Lachin District"),
    ("Yerevan denies targeting civilians and accuses Baku of shelling Stepanakert.", "Stepanakert"),
    ("The ministry said Armenian units had not fired on Tegh but Azerbaijani troops shelled Sotk.", "Sotk"),
    ("Troops shelled Tartar overnight, the ministry said.", "Tartar"),
])
def test_an_attack_claimed_beside_a_denial_stays_an_attack(gazetteer, text, place):
    layer, kind, _ = kinds(text, gazetteer)[place]
    assert layer == "shelling" and kind != "denial"


def test_a_denial_says_so_in_its_description(gazetteer):
    [c] = extract_text("The Armenian Defence Ministry denied that its units had shelled Tartar.", dt.date(2020, 10, 12),
                       gazetteer, source="test")
    assert c["description"] == "Fire denied in Tartar (according to Armenian MoD)"
