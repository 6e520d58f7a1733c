"""A day or hours of an attack named by their order in it ("on the first day of the attack, ...") only date what
the sentence tells: a town emptying then is no fire there; fire told in the sentence itself, or the attack on the
town, still is."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 6, 4)


def _layers(text, gazetteer):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_town_emptied_on_the_first_day(gazetteer):
    assert _layers("The mayor said that on the second day of the offensive, 2 June, Goris had almost emptied.",
                   gazetteer) == {"Goris": "other"}


def test_first_hours_of_the_war(gazetteer):
    assert _layers("In the first hours of the war, the shops of Sisian closed early.",
                   gazetteer) == {"Sisian": "other"}


def test_fire_told_on_that_day_stays_fire(gazetteer):
    assert _layers("On the first day of the attack, shells hit Goris.", gazetteer) == {"Goris": "shelling"}


def test_the_attack_on_the_town_stays_fire(gazetteer):
    assert _layers("On the first day of the attack on Goris, the mayor left.", gazetteer) == {"Goris": "shelling"}


def test_town_hit_on_that_day_stays_fire(gazetteer):
    assert _layers("Residents said that on the first day of the shelling, 2 June, Sisian had been hit hard.",
                   gazetteer) == {"Sisian": "shelling"}
