"""Road accidents told by what befell the vehicle, from new sentences: a vehicle that overturned, rolled over, ran
off the road, plunged into a gorge or skidded near a place is a road accident there, not news of a road (a court
that overturned a ruling is no accident); a person hit or struck by a vehicle is a road accident, not fire."""

import pytest

from tests.helpers import rows

PUBLISHED = "2026-03-03"


def kinds(text, gazetteer):
    """Place → the (layer, kind) of its last row."""
    return {r["place_name"]: (r["layer"], r["kind"]) for r in rows(text, gazetteer, PUBLISHED)}


@pytest.mark.parametrize("text, place", [
    ("A truck overturned near Spitak on Tuesday morning, injuring its driver.", "Spitak"),
    ("A lorry carrying cement rolled over outside Vanadzor late on Sunday.", "Vanadzor"),
    ("A minibus ran off the road near Stepanavan and two passengers were taken to hospital.", "Stepanavan"),
    ("Police said a bus plunged into a gorge near Gabala on Wednesday, killing four people.", "Qabala"),
    ("A car skidded on black ice near Artik and hit a lamp post, the rescue service said.", "Artik"),
    ("In Lankaran, a van veered off the road and overturned on Friday night.", "Lankaran"),
])
def test_vehicle_mishap_is_a_road_accident_at_the_place(text, place, gazetteer):
    assert kinds(text, gazetteer).get(place) == ("other", "crash")


@pytest.mark.parametrize("text, place", [
    ("The court overturned the verdict in Gyumri on Thursday.", "Gyumri"),
    ("The appeals court in Hrazdan overturned the ruling against the mayor.", "Hrazdan"),
    ("A judge in Shamakhi overturned a fine imposed on the cafe owner.", "Shamakhi"),
])
def test_an_overturned_ruling_is_no_accident(text, place, gazetteer):
    assert kinds(text, gazetteer).get(place, ("", ""))[1] != "crash"


@pytest.mark.parametrize("text, place", [
    ("A pedestrian was hit by a car in Abovyan on Friday evening.", "Abovyan"),
    ("A cyclist was struck by a minibus near Charentsavan.", "Charentsavan"),
    ("A woman was struck by a truck in Shamakhi and died at the scene.", "Shamakhi"),
    ("In Gabala, an elderly man crossing the street was hit by a speeding taxi.", "Qabala"),
    ("Two schoolchildren hit by a car outside a school in Tashir were taken to hospital.", "Tashir"),
])
def test_person_hit_by_a_vehicle_is_a_road_accident(text, place, gazetteer):
    assert kinds(text, gazetteer).get(place) == ("other", "crash")


@pytest.mark.parametrize("text, place", [
    ("A military truck was hit by a drone near Stepanavan on Monday.", "Stepanavan"),
    ("A police car was struck by a shell in Hrazdan.", "Hrazdan"),
])
def test_a_vehicle_hit_by_fire_is_still_fire(text, place, gazetteer):
    assert kinds(text, gazetteer).get(place, ("", ""))[0] == "shelling"


@pytest.mark.parametrize("text, place", [
    ("A car hit a pedestrian in Vanadzor on Saturday night.", "Vanadzor"),
    ("A speeding truck struck a cyclist near Spitak, police said.", "Spitak"),
    ("The lorry skidded and hit a wall in Shamakhi on Saturday.", "Shamakhi"),
    ("In Lankaran a minibus hit two schoolgirls at a crossing.", "Lankaran"),
])
def test_vehicle_that_hit_someone_is_a_road_accident(text, place, gazetteer):
    assert kinds(text, gazetteer).get(place) == ("other", "crash")


@pytest.mark.parametrize("text, place", [
    ("An army truck hit a mine near Artik on Monday.", "Artik"),
    ("A drone hit a car in Shamakhi on Tuesday.", "Shamakhi"),
    ("The bus was hit by shelling near Lankaran.", "Lankaran"),
])
def test_a_vehicle_in_fire_or_on_a_mine_is_no_accident(text, place, gazetteer):
    assert kinds(text, gazetteer).get(place, ("", ""))[1] != "crash"
