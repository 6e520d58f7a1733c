"""Sentences that only say what places are called make no events: a side's name given with an old map's form ("X
called the town A, and old maps gave it as B, a name ..."), the names a side's outlets used for places already
named ("used the Armenian names, A and B, for those districts"), and a gloss behind a live blog's time stamp and a
long label ("11:30 A note for new readers: A is the town that ... called B, on the road from C to D")."""

import pytest

from tests.helpers import place_layers, rows

_NAME_SENTENCES = [
    ("Shelling hit Sugovushan on Monday, the ministry said.",
     "Armenians called the village Madagiz, and some Soviet maps gave it as Mataghis, a spelling rarely seen today."),
    ("The ministry said shelling had been reported in the Lachin and Kalbajar districts.",
     "Armenian outlets carrying the same report used the Armenian names, Kashatagh and Shahumyan, for both districts."),
    ("09:05 The first buses have reached Lachin, the committee said.",
     "09:40 A note for readers new to this blog: Lachin is the town that Armenians called Berdzor, on the road from "
     "Goris to Khankendi."),
]


@pytest.mark.parametrize("event, naming", _NAME_SENTENCES)
def test_a_sentence_saying_what_places_are_called_makes_no_event(gazetteer, event, naming):
    found = rows(f"{event} {naming}", gazetteer)
    assert any(c["quote"].strip() in event for c in found), found
    assert not [c["place_name"] for c in found if naming[:30] in c["quote"]], found


@pytest.mark.parametrize("text, area, places", [
    ("Nine families moved into new houses in Hadrut and Tugh, both in the Khojavend district, on Monday.",
     "Khojavend District", ("Hadrut", "Togh")),
    ("Sappers cleared mines near Mehdili and Chakhirli, all three in the Jabrayil district, the agency said.",
     "Jabrayil District", ("Mehdili", "Chakhirli")),
])
def test_a_district_said_to_hold_the_places_listed_before_it_is_no_event(gazetteer, text, area, places):
    layers = place_layers(text, gazetteer)
    assert all(name in layers for name in places), layers
    assert area not in layers, layers
