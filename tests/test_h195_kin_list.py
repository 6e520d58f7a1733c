"""The writer's own people told by where their kin live name every place of the list, not its first alone: "many
of our customers have family in the A and B districts" says who they are, no event in either."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer):
    return {e["place"] for e in extract_text(text, datetime.date(2022, 11, 8), gazetteer)}


def test_every_district_of_the_kin_list_is_dropped(gazetteer):
    text = "Several of our regulars have relatives in the Tartar and Barda districts, and they ask us for news."
    places = _places(text, gazetteer)
    assert not any(p.startswith(("Tartar", "Barda")) for p in places)


def test_three_towns_of_the_kin_list(gazetteer):
    text = "Many of our members have family in Ganja, Tartar and Barda, so the club sends its greetings."
    places = _places(text, gazetteer)
    assert not {"Ganja", "Tartar", "Barda"} & places


def test_fire_told_keeps_the_list(gazetteer):
    # the war told in the sentence keeps the places, as it keeps the first
    text = "Many of our members have family in Tartar and Barda, where rockets fell on Sunday night."
    places = _places(text, gazetteer)
    assert {"Tartar", "Barda"} <= places
