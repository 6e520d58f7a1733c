"""heldout157: a railway company named by what it is, lorries kept waiting at the post of the peacekeepers, a road's
groundbreaking and the Azertag spelling (sentences written for these tests)."""
import datetime

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = datetime.date(2024, 5, 6)


def _layers(text):
    return {(e["place"], e["layer"]) for e in extract_text(text, DAY)}


def test_railway_company_is_no_route():
    assert _layers("On Monday the head of the state railway company visited Ganja.") == {("Ganja", "other")}


def test_railway_named_by_its_ends_stays_a_route():
    assert _layers("On Monday the railway from Ganja to Yevlakh reopened, the company said.") == {
        ("Ganja;Yevlakh", "corridors")}


def test_bus_company_trips_stay_a_route():
    assert _layers("On Monday the bus company from Goris resumed trips to Stepanakert.") == {
        ("Goris;Stepanakert", "corridors")}


def test_waiting_at_the_post_of_the_peacekeepers_is_a_checkpoint():
    text = "Since Tuesday the lorries have been kept waiting since then at the post of the Russian peacekeepers outside Askeran."
    assert _layers(text) == {("Askeran", "checkpoints")}


def test_waiting_on_the_road_stays_a_route():
    assert _layers("Since Tuesday the lorries have been waiting on the road outside Askeran.") == {
        ("Askeran", "corridors")}


def test_groundbreaking_of_a_road_is_other():
    assert _layers("On Friday the president broke ground for the new road in Lachin.") == {("Lachin", "other")}
    assert _layers("On Friday the president attended the groundbreaking of the road in Lachin.") == {
        ("Lachin", "other")}


def test_road_opened_stays_a_route():
    assert _layers("On Friday the minister opened the new railway to Ganja.") == {("Ganja", "corridors")}


def test_azertag_is_the_state_agency_spelling():
    assert canonical_actor("Azertag") == canonical_actor("AZERTAC")
    assert canonical_actor("Azertag") is not None


def test_line_beside_the_railway_company_stays_a_route():
    layers = _layers("On Monday the grain went along the line from Yalama to Bilajari, the state railway company said.")
    assert layers and all(layer == "corridors" for _, layer in layers)
