"""Names and landmarks in short reports written for this file: a post's title before the districts its holder
serves ("the Special Representative in the Aghdam, Fuzuli and Khojavend districts" names no place, neither the title
nor the districts), an Azerbaijani noun written in lower case that closes a name ("Isa bulagi", "Cidir duzu"), a
transliteration variant named as a village or a town's part ("the Kerkicahan neighbourhood"), a capital that hosts a
gathering ("which Baku hosts in November"), a nation's adjective before a place ("occupied Armenian Shushi") and a
hotel named after its town ("the Lachin Hotel")."""

import pytest

from tests.helpers import rows


def _places(text, gazetteer):
    """The names of every row's places, each waypoint on its own."""
    return {name for r in rows(text, gazetteer) for name in r["place_name"].split(";")}


@pytest.mark.parametrize("text, expected", [
    # a post and the districts its holder serves are no event; the place the holder speaks of is
    ("Emin Huseynov, the Special Representative in the Aghdam, Fuzuli and Khojavend districts, said the town of "
     "Fuzuli now had 3,000 residents.", {"Fuzuli"}),
    ("The Special Representative in the Jabrayil and Zangilan districts said families had moved to Jabrayil.",
     {"Jabrayil"}),
    ("The President's Envoy in the Lachin and Kalbajar districts opened a school in Kalbajar on Monday.",
     {"Kalbajar"}),
    ("The Governor in the Syunik and Vayots Dzor provinces visited Goris on Friday.", {"Goris"}),
    # a lower-case Azerbaijani noun closing the name
    ("Pilgrims walked up to the spring at Isa bulagi on Sunday.", {"Isa Spring"}),
    ("Families picnicked on Cidir duzu after the concert.", {"Jidir Plain"}),
    ("Pilgrims walked to Isa Bulagi on Sunday.", {"Isa Spring"}),
    # a variant spelling named as a town's part
    ("Work went on in three places: the Kerkicahan neighbourhood, the town of Lachin and Kalbajar.",
     {"Karkijahan", "Lachin", "Kalbajar"}),
    ("Families moved this week: the Kerkicahan settlement got twenty of them.", {"Karkijahan"}),
    # a capital hosting a gathering is where it is held
    ("He spoke about the summit, which Yerevan hosts in November, and about trade.", {"Yerevan"}),
    ("The games, which Baku is to host in 2026, were discussed at length.", {"Baku"}),
    ("Delegates praised the conference that Baku will host next spring.", {"Baku"}),
    # a nation's adjective before a place
    ('A website called the concert a provocation in "occupied Armenian Shushi" and named the performers.',
     {"Shusha"}),
    ("Columns of lorries rolled into Azerbaijani Gazakh on Monday.", {"Gazakh"}),
    # a hotel named after its town
    ("Everything happened in the Lachin Hotel, which was a ruin a few years ago.", {"Lachin"}),
    ("The talks were held at the Jermuk Hotel on Monday.", {"Jermuk"}),
])
def test_names(text, expected, gazetteer):
    assert _places(text, gazetteer) == expected


@pytest.mark.parametrize("text", [
    "Talks with Yerevan continued.",                       # a capital as a government stays none
    "The Georgian Railway trains stopped.",                # a body named with a nation's adjective
    "He wrote to the Special Representative on Monday.",   # a title alone
])
def test_no_place(text, gazetteer):
    assert _places(text, gazetteer) == set()
