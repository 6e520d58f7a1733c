"""An outlet whose one-word name the actor table knows (the Armenian channel Kentron) is no place when it is heard as
the source ("as reported by Kentron", "according to Kentron"), and its claim reads through the table; the Yerevan
district of the same name stays a place where something happens in it. The day a source told something, closing its
name ("as reported by X on Monday", "according to X on 30 August"), is no part of the claimant's name."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 9, 1)


def _events(text, gazetteer):
    return extract_text(text, DAY, gazetteer, source="test")


def test_reported_by_the_channel(gazetteer):
    events = _events("As reported by Kentron on Monday, the road from Kapan to Meghri was closed.", gazetteer)
    assert [(e["place"], e["layer"]) for e in events] == [("Kapan;Meghri", "corridors")]
    assert events[0]["claimed_by"] == "Armenian media"


def test_according_to_the_channel(gazetteer):
    events = _events("According to Kentron, the road from Goris to Kapan was closed on Monday.", gazetteer)
    assert [e["place"] for e in events] == ["Goris;Kapan"]
    assert events[0]["claimed_by"] == "Armenian media"


def test_inner_source_after_a_fund(gazetteer):
    events = _events("According to the roads fund, as reported by Kentron on 30 August, asphalt was being laid on "
                     "the Kapan-Meghri road.", gazetteer)
    assert events and all("Kentron" not in e["place"] for e in events)
    assert events[0]["claimed_by"] == "Armenian media"


def test_day_after_the_outlet_is_not_its_name(gazetteer):
    events = _events("As reported by Hetq on Tuesday, the road from Goris to Kapan was closed.", gazetteer)
    assert events and events[0]["claimed_by"] == "Armenian media"
    events = _events("According to the village head on 30 August, shells fell on Tegh.", gazetteer)
    assert events and "August" not in events[0]["claimed_by"]


# near sentences: the district is still a place where something happens in it

def test_a_fire_in_the_district(gazetteer):
    events = _events("A fire broke out in a flat in Kentron, the Yerevan district, on Monday.", gazetteer)
    assert "Kentron" in {e["place"] for e in events}


def test_protest_in_the_district(gazetteer):
    events = _events("Protesters gathered in Kentron on Monday.", gazetteer)
    assert "Kentron" in {e["place"] for e in events}


def test_police_in_the_district(gazetteer):
    events = _events("Police detained two men in the Kentron district of Yerevan on Monday.", gazetteer)
    assert "Kentron" in {e["place"] for e in events}
