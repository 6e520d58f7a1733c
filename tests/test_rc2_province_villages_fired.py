"""Fire told on the villages of a province as a whole is fire in that province: the older sets annotate the province
4 times to 1 in such sentences, a smaller place named elsewhere in the sentence or not.

The province is kept beside the other place a sentence names ("..., and a school in X lost its windows"), but not
when the villages are named right after it ("the villages of Tavush, X among them"), nor when one village is only
placed among them ("X, one of the villages of Tavush, was shelled"), nor when nobody fired on them.
"""

import datetime as dt

import pytest

from geo.extract import extract_text

DAY = dt.date(2024, 5, 14)


def rows(text):
    return {(c["place_name"], c["layer"]) for c in extract_text(text, DAY)}


@pytest.mark.parametrize("text, province", [
    ("For two nights the border villages of Tavush were shelled from across the line, and a school in Berdavan "
     "lost its windows.", "Tavush Province"),
    ("It is not only Berdavan: the mayor of Ijevan said soldiers had fired towards two villages of Tavush.",
     "Tavush Province"),
    ("Drones struck the villages of the Syunik province overnight, officials said, and a car burned in Goris.",
     "Syunik Province"),
])
def test_a_province_whose_villages_were_fired_on_is_kept(text, province):
    assert (province, "shelling") in rows(text)


@pytest.mark.parametrize("text, province", [
    # the villages named right after the province are the places
    ("Azerbaijani forces opened fire on the border villages of Tavush, Berdavan among them, on Monday.",
     "Tavush Province"),
    ("Troops fired on several villages of Armenia's Tavush province, including Berdavan, on Monday.",
     "Tavush Province"),
    # one village placed among them
    ("Berdavan, one of the border villages of Tavush, was shelled on Monday night.", "Tavush Province"),
    # nobody fired on them
    ("Families from the border villages of Tavush moved to Ijevan after the shelling of Berdavan.",
     "Tavush Province"),
])
def test_no_province_where_its_villages_are_named_or_not_fired_on(text, province):
    assert province not in {name for name, _ in rows(text)}


def test_the_named_village_keeps_its_fire():
    # the village the sentence names is still where the fire fell
    assert ("Berdavan", "shelling") in rows("Berdavan, one of the villages of Tavush, was shelled on Monday night.")


def test_fire_told_elsewhere_in_the_sentence_is_not_on_the_villages():
    # the villages only date what is told ("a week after blazes broke out there"), no fire told on them
    text = ("Soldiers set new fires on Sunday along the road from Ijevan to Berdavan, the ombudsman said, a week "
            "after the first blazes broke out in the border villages of Tavush province.")
    assert "Tavush Province" not in {name for name, _ in rows(text)}
