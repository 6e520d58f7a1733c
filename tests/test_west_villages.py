"""The sweep of the west: villages and sites of the Kalbajar, Lachin, Aghdam and Tartar districts (with the
Martakert, Shahumyan, Kashatagh and north Askeran villages of Artsakh). Each answers under its Azerbaijani,
Armenian and plain-Latin names at the point its cited page gives, and a name other places share stays theirs."""

import datetime as dt

import pytest

from geo.errors import PlaceNotFound
from geo.extract import extract_text
from geo.gazetteer import distance_km


# (query, latitude, longitude) as read in the row's cited page
@pytest.mark.parametrize("query, lat, lon", [
    ("Mollalar (Lachin)", 39.6672, 46.4900), ("Gihut", 39.6672, 46.4900),                      # Lachin
    ("Minkend", 39.7094, 46.2539), ("Minkənd", 39.7094, 46.2539), ("Hak (Kashatagh)", 39.7094, 46.2539),
    ("Malxələf", 39.5525, 46.5925), ("Maratuk", 39.5525, 46.5925), ("Malkhalaf", 39.5525, 46.5925),
    ("Məlikpəyə", 39.5653, 46.6067), ("Melikahogh", 39.5653, 46.6067),
    ("Ərikli", 39.8506, 46.4050), ("Arakhish", 39.8506, 46.4050),
    ("Kosalar (Lachin)", 39.6467, 46.4161), ("Lake Qaragol", 39.5981, 46.2311), ("Qaragöl (Laçın)", 39.5981, 46.2311),
    ("Papravənd", 40.1583, 46.8417), ("Nor Karmiravan", 40.1583, 46.8417),                     # Aghdam
    ("Ukhtasar", 39.9542, 46.8939), ("Şelli (Ağdam)", 39.9542, 46.8939), ("Ուղտասար", 39.9542, 46.8939),
    ("Kolqışlaq", 40.1275, 47.0614), ("Qiyaslı", 40.0264, 46.9153), ("Novruzlu", 39.9625, 47.0217),
    ("Tonashen", 40.3028, 46.6906), ("Տոնաշեն", 40.3028, 46.6906), ("Təpəkənd (Tərtər)", 40.3028, 46.6906),  # Tartar
    ("Həsənqaya", 40.3253, 46.8478), ("Aknaberd", 40.1950, 46.5903), ("Umudlu (Tartar)", 40.1950, 46.5903),
    ("Akanaberd", 40.1950, 46.5903),
    ("Zar (Kalbajar)", 40.0053, 45.9522), ("İmarət Qərvənd", 40.1653, 46.4492),              # Kalbajar
    ("Almalıq (Kəlbəcər)", 40.0939, 46.2422), ("Ağcakənd (Kəlbəcər)", 40.0214, 46.1892),
    ("Vəng (Kəlbəcər)", 40.1589, 46.2839),                                                     # Dadivank's village
    ("Vank (Martakert)", 40.0578, 46.5456), ("Vəngli", 40.0578, 46.5456), ("Vankashen", 40.0578, 46.5456),
    ("Xındırıstan", 40.1250, 47.1025), ("Xaçındərbətli", 40.0333, 46.8333), ("Armenakavan", 40.0333, 46.8333),
    ("Lachin airport", 39.8792, 46.3467), ("Laçın hava limanı", 39.8792, 46.3467),
    ("Qamışlı (Kəlbəcər)", 40.2064, 46.1947), ("Yeghegnut (Shahumyan)", 40.2064, 46.1947),
    ("Ashagy Ayrym", 40.1286, 46.0322), ("Ughtasar", 39.9542, 46.8939),
])
def test_a_west_village_resolves_within_2_km_of_its_cited_point(gazetteer, query, lat, lon):
    place = gazetteer.resolve(query).place
    assert place.source == "curated" and "http" in place.ref
    assert distance_km(place.lat, place.lon, lat, lon) < 2


@pytest.mark.parametrize("query, far_from", [
    ("Zar", (40.0053, 45.9522)),        # the Kotayk village keeps its name; Kalbajar's is 'Zar (Kalbajar)' or Tsar
    ("Şelli", (39.9542, 46.8939)),      # Aghdam's Şelli answers as Ukhtasar or 'Şelli (Ağdam)'
    ("Kosalar", (39.6467, 46.4161)),    # Aghdam has a Kosalar too
    ("Yeghegnut", (40.2064, 46.1947)),  # the Armenian villages keep it; Kalbajar's Qamışlı is 'Yeghegnut (Shahumyan)'
])
def test_a_shared_bare_name_is_not_taken_by_a_west_village(gazetteer, query, far_from):
    try:
        place = gazetteer.resolve(query).place
    except PlaceNotFound:
        return
    assert distance_km(place.lat, place.lon, *far_from) > 5


@pytest.mark.parametrize("query", ["Umudlu", "Mollalar", "Təpəkənd", "Almalıq", "Ağcakənd", "Hak"])
def test_a_name_several_districts_share_does_not_answer_with_a_west_village(gazetteer, query):
    west = [(40.1950, 46.5903), (39.6672, 46.4900), (40.3028, 46.6906), (40.0939, 46.2422),
            (40.0214, 46.1892), (39.7094, 46.2539)]
    try:
        place = gazetteer.resolve(query).place
    except PlaceNotFound:
        return
    assert all(distance_km(place.lat, place.lon, *v) > 5 for v in west), place.name


def test_a_report_of_the_new_corridor_villages_places_them_on_the_new_road(gazetteer):
    text = ("Armenian residents of Aghavno were told to leave as the road through Malkhalaf and Melikahogh "
            "replaced the Lachin corridor, local officials said.")
    events = extract_text(text, dt.date(2022, 8, 10), gazetteer, source="test")
    found = {name: point for e in events for name, point in zip(e["place_name"].split(";"), e["coordinates"])}
    assert {"Malkhalaf", "Malikpaya"} <= set(found), found
    lon, lat = found["Malikpaya"]
    assert distance_km(lat, lon, 39.5653, 46.6067) < 2


def test_the_tsar_of_a_history_article_is_no_kalbajar_village(gazetteer):
    text = "The tsar's army crossed the Caucasus in 1804, the historian said in Yerevan."
    for event in extract_text(text, dt.date(2021, 5, 3), gazetteer, source="test"):
        (lon, lat), = event["coordinates"]
        assert distance_km(lat, lon, 40.0053, 45.9522) > 5, event["place_name"]
