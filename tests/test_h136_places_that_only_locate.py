"""Rules read from heldout136: places that only say where something else is or who someone is (a way that starts at
a site, a landmark after an aside, a former home, a dish's or a client's town), a passenger service told by what it
does, and a deed's date governed by "was ...ed on"."""

import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text

DAY = dt.date(2023, 4, 28)


def _events(text, published=DAY):
    return extract_text(text + "\n", published)


def _places(text, published=DAY):
    return {name for e in _events(text, published) for name in e["place"].split(";")}


def _layers(text, place, published=DAY):
    return [e["layer"] for e in _events(text, published) if place in e["place"].split(";")]


# --- a "where" clause placing a site by a way that starts there ---

def test_way_starting_at_a_bridge_only_places_the_checkpoint():
    text = ("On Sunday the border guards set up a checkpoint at the Hakari bridge, where the Lachin road sets off "
            "from the border towards Stepanakert.")
    assert _places(text) == {"Hakari"}


def test_way_shelled_in_the_where_clause_is_still_news():
    text = "The guards set up a checkpoint at the Hakari bridge, where the road to Stepanakert was shelled on Monday."
    assert "Stepanakert" in _places(text)


def test_road_closed_in_a_clause_of_its_own_is_still_news():
    assert "Lachin" in _places("The guards set up a checkpoint at the Hakari bridge, and the Lachin road was closed.")


# --- a landmark after an aside of its own ---

def test_landmark_after_an_aside_only_places_the_village():
    text = "A soldier was wounded by fire near Sotk, far to the north, east of Lake Sevan."
    assert _places(text) == {"Sotk"}


def test_landmark_after_a_named_person_and_the_village_still_only_places_it():
    text = ("The ministry said a soldier, Aram Petrosyan, had been killed by fire near Sotk, on the eastern side of "
            "Lake Sevan.")
    assert _places(text) == {"Sotk"}


def test_villages_listed_with_commas_before_a_bearing_are_all_kept():
    assert {"Sotk", "Tegh", "Kornidzor"} <= _places("Shells hit Sotk, Tegh, Kornidzor, north of Goris.")


# --- where people had been living, with the district's article ---

def test_families_who_had_been_living_in_a_district_of_a_city_arrive_elsewhere():
    text = ("On 18 December twenty families, ninety people, who had been living in the Garadagh district of Baku, "
            "arrived in Fuzuli.")
    assert _places(text, dt.date(2023, 12, 29)) == {"Fuzuli"}


def test_families_who_had_been_living_in_temporary_housing_somewhere_moved_elsewhere():
    text = ("On 19 July ten families who had been living in temporary housing in Masazir moved into new houses in "
            "Aghali.")
    assert _places(text, dt.date(2022, 7, 26)) == {"Aghali"}


def test_shells_on_the_village_people_are_living_in_are_still_news():
    assert "Tegh" in _places("Refugees who are living in the Goris region say shells fell on Tegh.")


# --- a dish's and a client's town ---

def test_a_cookery_book_of_a_towns_dishes_for_a_council_names_no_place():
    text = "We printed two school textbooks and a cookery book of Zangilan dishes for a women's council in Sumgayit."
    assert _places(text) == set()


def test_a_factory_named_after_the_dishes_is_still_the_town():
    assert "Zangilan" in _places("Shells hit the Zangilan dishes factory.")


def test_a_council_building_hit_is_still_the_town():
    assert "Sumgayit" in _places("A rocket hit the building of a council in Sumgayit.")


# --- a service told by the passengers it carries ---

def test_a_line_that_takes_passengers_from_a_village_to_a_town_is_a_route():
    text = "A shorter line takes passengers from Kornidzor up to Goris four times a week."
    assert _layers(text, "Kornidzor") == ["corridors"] and _layers(text, "Goris") == ["corridors"]


def test_a_driver_who_took_passengers_to_a_town_is_no_route():
    assert _layers("The taxi driver said he took passengers to Goris only by day.", "Goris") == ["other"]


# --- a deed's day: "was opened on 26 October" in a sentence that also looks ahead ---

def test_day_of_a_deed_done_stays_past_beside_a_plan():
    text = "The airport was opened on 26 October, and the bus timetable from there is to follow the flights."
    assert [d.start for d in find_dates(text, dt.date(2022, 1, 24))] == [dt.date(2021, 10, 26)]


def test_day_a_thing_was_scheduled_on_still_looks_ahead():
    text = "The bridge was scheduled on 26 October to reopen, and the timetable is to follow."
    assert [d.start for d in find_dates(text, dt.date(2022, 1, 24))] == [dt.date(2022, 10, 26)]


# --- a settlement named after its people's far home ---

def test_settlement_named_after_a_far_district_is_at_the_place_named_after_it():
    text = "Yesterday ten families left the Zangilan settlement at Masazir and drove to Aghali."
    assert "Zangilan" not in _places(text, dt.date(2022, 7, 26))
    assert "Masazir" in _places(text, dt.date(2022, 7, 26))


def test_settlement_in_its_own_town_is_still_the_settlement():
    assert "Shikharkh" in _places("Shells hit the Shikharkh settlement in Tartar.")
