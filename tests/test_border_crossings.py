"""Border crossings and airports of the supplement, and crossings abroad read by their own name."""

import datetime as dt

import pytest

from geo.extract import extract_text
from tests.helpers import waypoint_layers


def _found(text, gazetteer):
    return {c["place_name"] for c in extract_text(text, dt.date(2024, 2, 1), gazetteer)}


def test_crossings_and_airport_resolve_under_their_names(gazetteer):
    assert gazetteer.resolve("Tsiteli Khidi").place.name == "Red Bridge"
    assert gazetteer.resolve("Qırmızı Körpü").place.name == "Red Bridge"
    assert gazetteer.resolve("Verkhny Lars").place.name == "Upper Lars"
    assert gazetteer.resolve("Zvartnots airport").place.name == "Zvartnots International Airport"
    assert gazetteer.resolve("Samtatskaro").place.country == "GE"


def test_a_crossing_abroad_needs_no_crossing_word(gazetteer):
    found = _found("Hundreds of trucks spent the night at the Red Bridge, and the snow also stopped traffic "
                   "at Upper Lars.", gazetteer)
    assert {"Red Bridge", "Upper Lars"} <= found, found


def test_the_airport_checkpoint(gazetteer):
    found = _found("Passport officers of the National Security Service now staff the Zvartnots checkpoint.", gazetteer)
    assert "Zvartnots International Airport" in found, found


def test_crossings_listed_before_their_shared_word(gazetteer):
    found = _found("Tbilisi said the Red Bridge, Lagodekhi and Samtatskaro crossings would stay shut to travellers.",
                   gazetteer)
    assert {"Red Bridge", "Lagodekhi", "Samtatskaro"} <= found, found


def test_a_town_named_by_its_customs_post(gazetteer):
    found = _found("On Friday 90 trucks were still waiting to leave through the Astara customs post.", gazetteer)
    assert "Astara" in found, found


def test_a_queue_at_a_crossing_is_the_checkpoint_s(gazetteer):
    rows = extract_text("Some 400 lorries queued at the Red Bridge on Sunday night, the customs committee said.",
                        dt.date(2024, 2, 1), gazetteer)
    assert [r["layer"] for r in rows if r["place_name"] == "Red Bridge"] == ["checkpoints"], rows
    rows = extract_text("In the town of Goris, cars queued near the petrol station for hours.", dt.date(2024, 2, 1),
                        gazetteer)
    assert all(r["layer"] != "checkpoints" for r in rows), rows


def test_flights_that_arrived_from_abroad_start_a_route(gazetteer):
    rows = extract_text("By ten o'clock the morning flights had arrived from Istanbul and Dubai without delay.",
                        dt.date(2024, 2, 1), gazetteer)
    names = {n for r in rows for n in r["place_name"].split(";")}
    assert "Dubai" in names, rows
    assert all(r["layer"] == "corridors" for r in rows if "Dubai" in r["place_name"]), rows


def test_an_airport_staffed_by_border_guards_is_a_checkpoint(gazetteer):
    rows = extract_text("Since the summer no Russian border guards have worked at Zvartnots airport, the newspaper wrote.",
                        dt.date(2024, 9, 1), gazetteer)
    layers = [r["layer"] for r in rows if r["place_name"] == "Zvartnots International Airport"]
    assert layers == ["checkpoints"], rows


def _kinds(text, gazetteer):
    return {c["place_name"]: (c["layer"], c["kind"]) for c in extract_text(text, dt.date(2024, 2, 1), gazetteer)}


def test_every_state_word_of_a_crossing_is_read_alike(gazetteer):
    # the crossing-state words are one list: "sealed" shuts a crossing named alone as "closed" does
    found = _kinds("Upper Lars was sealed on Tuesday after the snowfall, officials in Tbilisi said.", gazetteer)
    assert found.get("Upper Lars") == ("checkpoints", "closure"), found
    found = _kinds("The border at Margara was sealed by the guards overnight.", gazetteer)
    assert found.get("Margara") == ("checkpoints", "closure"), found


def test_every_waiting_verb_at_a_crossing_is_read_alike(gazetteer):
    # the waiting verbs are one list: trucks that "gathered" at a crossing wait to pass it, as "queued" ones do
    found = _kinds("Dozens of trucks have gathered at the Upper Lars crossing since Sunday.", gazetteer)
    assert found.get("Upper Lars") == ("checkpoints", "checkpoint"), found


def test_crossings_listed_in_apposition_after_the_plural_word(gazetteer):
    """The list a plural crossing word names ("both crossings, A and B,") is of crossings, counted or not."""
    for text in ("Both checkpoints on the Georgian border, Upper Lars and the Red Bridge, were shut for lorries on "
                 "3 January, the customs service said.",
                 "On 3 January all three crossings, Samtatskaro, Lagodekhi and the Red Bridge, were closed to cars."):
        rows = extract_text(text, dt.date(2024, 2, 1), gazetteer)
        layers = {c["place_name"]: c["layer"] for c in rows}
        expected = {"Upper Lars", "Red Bridge"} if text.startswith("Both") else {"Samtatskaro", "Lagodekhi", "Red Bridge"}
        assert expected <= set(layers) and {layers[p] for p in expected} == {"checkpoints"}, layers


def test_a_closure_takes_its_start_day_not_the_day_it_lasts_until(gazetteer):
    rows = extract_text("On 2 March the three crossings, Upper Lars, Samtatskaro and the Red Bridge, were closed to "
                        "individuals until 16 March.", dt.date(2024, 3, 20), gazetteer)
    days = {c["place_name"]: c["start_date"] for c in rows}
    assert days == {"Upper Lars": "2024-03-02", "Samtatskaro": "2024-03-02", "Red Bridge": "2024-03-02"}, days


@pytest.mark.parametrize("text, place, layer", [
    ("At Sadakhlo the column of lorries waiting their turn to cross stretched for two kilometres.", "Sadakhlo",
     "checkpoints"),
    ("Near Bagratashen dozens of trucks were waiting to cross on Tuesday.", "Bagratashen", "checkpoints"),
    # drivers who speak of the crossing from elsewhere, and a crossing of a river or bridge named, are no post
    ("In Kapan, drivers waiting to cross said the queue was short.", "Kapan", "other"),
    ("The refugees waited to cross the river near Khudaferin.", "Khudafarin Bridges", "other"),
])
def test_vehicles_waiting_to_cross_stand_at_the_crossing(gazetteer, text, place, layer):
    assert waypoint_layers(text, gazetteer).get(place) == layer


@pytest.mark.parametrize("text, place, layer", [
    ("The new post at Kornidzor is being built by a Turkish firm with a World Bank loan.", "Kornidzor", "checkpoints"),
    ("Work on the new post at Bagratashen began in May.", "Bagratashen", "checkpoints"),
    # a new job is no post on a road
    ("She took up her new post in Goris, where the clinic opened in 1990.", "Goris", "other"),
])
def test_a_new_post_being_built_is_a_checkpoint(gazetteer, text, place, layer):
    assert waypoint_layers(text, gazetteer).get(place) == layer


@pytest.mark.parametrize("text, place, layer", [
    ("The first road bridge over the Debed was opened at the Bagratashen crossing in 1998 and is 120 metres long.",
     "Bagratashen", "corridors"),
    ("The old bridge at the Sadakhlo crossing was repaired in 2019.", "Sadakhlo", "corridors"),
    ("Work on the bridge between Ijevan and the Georgian crossing at Sadakhlo began in March.", "Sadakhlo",
     "corridors"),
    # a crossing in a clause of its own, or where vehicles wait, is still the control point
    ("Soldiers guarded the bridge, and the crossing at Sadakhlo was closed.", "Sadakhlo", "checkpoints"),
    ("Lorries waited for hours at the Bagratashen crossing.", "Bagratashen", "checkpoints"),
])
def test_a_crossing_named_to_place_a_bridge_is_the_bridge_s(gazetteer, text, place, layer):
    assert waypoint_layers(text, gazetteer).get(place) == layer
