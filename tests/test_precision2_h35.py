"""Places that only say where people come from, in a sentence about another place, are no events: housing built
"for the families of A and B in the C district", "families displaced from the villages of A and B" who draw lots
elsewhere, "I come from A or from B". The place where the houses go up stays an event."""

import datetime as dt

import pytest

from geo.extract import extract_text

PUBLISHED = dt.date(2023, 3, 14)


def places(text, gazetteer):
    return {name for c in extract_text(text, PUBLISHED, gazetteer) for name in c["place_name"].split(";")}


@pytest.mark.parametrize("text, events, not_events", [
    ("Builders in Ijevan are putting up forty cottages for the people of Berd and Noyemberyan.",
     {"Ijevan"}, {"Berd", "Noyemberyan"}),
    ("The keys were handed over in Sisian to 30 families displaced from the villages of Kornidzor and Tegh.",
     {"Sisian"}, {"Kornidzor", "Tegh"}),
    ("A new quarter is rising in Goris for the families of Hadrut and Togh in the Khojavend district.",
     {"Goris"}, {"Hadrut", "Togh", "Khojavend District"}),
    ("Families displaced from the towns of Lachin and Kalbajar will receive flats in Vanadzor.",
     {"Vanadzor"}, {"Lachin", "Kalbajar"}),
    ("Cottages are going up in Sisian for families from Blorkashen, Tegh and Kornidzor.",
     {"Sisian"}, {"Tegh", "Kornidzor"}),
    ("Can I apply? I come from Jermuk or from Vayk, it depends who you ask.",
     set(), {"Jermuk", "Vayk"}),
])
def test_origins_are_no_events(text, events, not_events, gazetteer):
    found = places(text, gazetteer)
    assert events <= found
    assert not (found & not_events)


def test_return_to_home_stays_an_event(gazetteer):
    found = places("Families displaced from Lachin returned to Lachin on Monday.", gazetteer)
    assert "Lachin" in found


def test_district_locating_a_village_under_its_other_name_is_no_event(gazetteer):
    """A district that locates a village stays no event when the sentence adds the district's other name with
    "the": "..., which Armenians call the Martakert region"."""
    found = places("The resettlement of Talish in the Aghdara district, which Armenians call the Martakert region, "
                   "began in April.", gazetteer)
    assert "Talish" in found
    assert "Aghdara District" not in found
