"""A day after "since" in a clause that tells no event only starts a state: the event told with another stated day
in another clause takes that day; the hurt carried to a town after fire elsewhere make the town a way's end, not a
scene of fire; a road told closed after an ambush on it near a town is the road's closure there."""

from tests.helpers import rows


def _row(text, place, gazetteer, published):
    found = [r for r in rows(text, gazetteer, published) if place in (r["place"], r["place_name"])]
    assert found, f"no row for {place}"
    return found[0]


# 1. "since" starts a state; the day stated with the event is the event's

def test_day_after_since_yields_to_the_day_stated_with_the_fire(gazetteer):
    text = "Berdzor has had no running water since 3 April; on 9 April mortars struck the town."
    row = _row(text, "Berdzor", gazetteer, "2023-04-15")
    assert (row["layer"], str(row["start_date"])) == ("shelling", "2023-04-09")


def test_closure_since_a_day_still_starts_that_day(gazetteer):
    text = "The road through Berdzor has been closed since 12 December."
    row = _row(text, "Berdzor", gazetteer, "2023-01-20")
    assert (row["layer"], str(row["start_date"])) == ("corridors", "2022-12-12")


def test_closure_since_a_day_keeps_it_when_told_of_later(gazetteer):
    text = "The road through Berdzor has been closed since 12 December, officials said on 15 December."
    assert str(_row(text, "Berdzor", gazetteer, "2023-01-20")["start_date"]) == "2022-12-12"


# 2. the hurt taken to a town: a way's end, not fire there

def test_wounded_driven_to_a_town_after_shelling_is_no_fire_there(gazetteer):
    text = "Medics drove three injured civilians to Kapan after the mortar attack."
    assert _row(text, "Kapan", gazetteer, "2023-05-20")["layer"] in ("corridors", "other")


def test_wounded_taken_to_a_town_is_no_fire_there(gazetteer):
    text = "Neighbours took the wounded to Stepanakert late on Friday."
    assert _row(text, "Stepanakert", gazetteer, "2023-05-20")["layer"] in ("corridors", "other")


def test_capture_after_shelling_stays_fire(gazetteer):
    text = "Azerbaijani troops took Shusha after several days of shelling."
    assert _row(text, "Shusha", gazetteer, "2020-11-20")["layer"] == "shelling"


def test_people_wounded_in_a_town_stay_fire(gazetteer):
    text = "Two residents were wounded in Martuni after the shelling."
    assert _row(text, "Martuni", gazetteer, "2023-05-20")["layer"] == "shelling"


# 3. a road closed after an ambush near a town

def test_road_shut_after_an_ambush_near_a_town_is_a_closure(gazetteer):
    text = "An ambush on the mountain road outside Kelbajar shut the highway for two days."
    assert _row(text, "Kelbajar", gazetteer, "2023-05-20")["layer"] == "corridors"


def test_ambush_on_a_road_near_a_town_stays_fire(gazetteer):
    text = "Militants ambushed a patrol on the road near Shusha."
    assert _row(text, "Shusha", gazetteer, "2023-05-20")["layer"] == "shelling"
