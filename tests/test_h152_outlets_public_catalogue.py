"""A town or district owning a cited website, the writer's customers' homes and a catalogue's numbered piece are
no events at those places; the same wordings with news stay."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2019, 3, 2)


def places(text):
    return {e["place"] for e in extract_text(text, DAY)}


def test_district_owning_a_website_is_no_place():
    found = places("The school in Talish was hit by shells, according to the Martakert district's memorial website.")
    assert "Talish" in found and "Martakert" not in found


def test_district_owning_offices_that_were_hit_stays():
    assert "Martakert" in places("The Martakert district's newspaper offices were shelled.")


def test_possessive_district_with_an_event_stays():
    assert "Martakert" in places("Shells hit the Martakert district's school, according to residents.")


def test_writers_customers_homes_are_no_event():
    assert places("Most of our customers are families from the Barda villages, and they order early.") == set()
    assert places("Several of our members come from Goris and will bring cakes.") == set()


def test_writers_members_home_under_fire_stays():
    assert "Kapan" in places("Many of our customers are families from Kapan, and shells hit the town on Monday.")
    assert "Tegh" in places("Most of our pupils are from Tegh, where the school was hit by fire on Sunday.")


def test_catalogue_entry_is_no_event():
    assert places("No. 4, the Shusha brooch, in silver with a garnet.") == set()
    assert places("Our pieces\nNo. 7.\nGoris kilim, blue and white, 1950s.") == set()


def test_catalogue_entry_telling_of_war_stays():
    assert "Goris" in places("No. 7, a kilim from Goris, saved when the village was shelled.")


def test_writers_pupils_travelling_in_are_no_event():
    assert places("Three of our pupils travel in from the Askeran region every Saturday.") == set()


def test_monastery_named_by_a_loose_spelling_is_no_village():
    assert places("The path towards the Anapat monastery was steep and wet.") == set()


def test_village_named_by_a_loose_spelling_stays():
    assert "Khnapat" in {e["place_name"] for e in extract_text("Shells fell near Anapat on Monday.", DAY)}


def test_monastery_of_a_known_village_stays():
    assert "Gandzasar" in places("Shells fell near the Gandzasar monastery on Monday.")
