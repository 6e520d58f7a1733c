"""Places that make no event: a newspaper nameplate's tagline ("Weekly of Ijevan"), an area that only
says where a village lies even when it is called "neighbouring"
("Khnapat, in the neighbouring Martuni region") or locates a sub-district ("the Berdadzor sub-district of the
Shushi region"), and a closing line announcing the next issue ("The next issue will look at the road to Goris").
The village the area locates stays an event."""

import datetime as dt

import pytest

from geo.extract import extract_text

PUBLISHED = dt.date(2024, 5, 6)


def places(text, gazetteer):
    return {name for c in extract_text(text, PUBLISHED, gazetteer) for name in c["place_name"].split(";")}


@pytest.mark.parametrize("text, events, not_events", [
    ("On 3 March Azerbaijani troops shelled homes in Khnapat, in the neighbouring Martuni region.",
     {"Khnapat"}, {"Khojavend District"}),
    ("Gunfire hit a barn in Sos, in the nearby Martuni region, on Sunday night.",
     {"Sos"}, {"Khojavend District"}),
    ("Two villages of the Berdadzor sub-district of the Shushi region have had no bread delivered since 2 April.",
     {"Berdadzor"}, {"Shusha District"}),
])
def test_locating_area_is_no_event(text, events, not_events, gazetteer):
    found = places(text, gazetteer)
    assert events <= found
    assert not (found & not_events)


@pytest.mark.parametrize("text", [
    "Lorries queued at the bridge in Goris for three hours on Monday.\n\nThe next issue will look at the road to Goris.",
    "Lorries queued at the bridge in Goris for three hours on Monday.\n\nOur next edition will cover fuel prices in "
    "Kapan.",
])
def test_next_issue_trailer_is_no_event(text, gazetteer):
    rows = [c for c in extract_text(text, PUBLISHED, gazetteer) if "next" in c["quote"].lower()]
    assert rows == []


@pytest.mark.parametrize("text, events, not_events", [
    ("TAVUSH HERALD\nWeekly of Ijevan and the Tavush hills\n\nMonday, 6 May 2024\n\nShelling hits Berd\n\n"
     "Azerbaijani troops shelled homes in Berd on Sunday night, the mayor said.", {"Berd"}, {"Ijevan"}),
    ("SYUNIK PRESS DIGEST\nSummaries of the papers of Goris and Kapan\nFriday, 3 May 2024\n\n"
     "Sisian residents said on Thursday that the bridge on the river had been repaired.", {"Sisian"}, {"Goris", "Kapan"}),
])
def test_nameplate_tagline_is_no_event(text, events, not_events, gazetteer):
    found = places(text, gazetteer)
    assert events <= found
    assert not (found & not_events)
