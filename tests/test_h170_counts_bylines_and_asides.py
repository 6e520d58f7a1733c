"""Damage tallied in cases across a province; a village's head named after it; rugs named after a town; a firm's
byline with "and"; villages located across the border in a district; the writers' own kin in a town; a shop's
stock from a flat or a shop in a town."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 7, 20)


def _events(text):
    return extract_text(text, DAY)


def _places(text):
    return {e["place"] for e in _events(text)}


# -- damage counted in cases -------------------------------------------------------------------------------------

def test_cases_of_damage_across_a_province_are_shelling():
    events = _events("The regional head tallies forty cases of damage across Syunik province, from roofs to tractors.")
    assert [(e["place"], e["layer"]) for e in events] == [("Syunik", "shelling")]


def test_cases_of_damage_after_a_flood_are_no_shelling():
    events = _events("After the flood, the regional head tallied forty cases of damage across Syunik province.")
    assert not any(e["layer"] == "shelling" for e in events)


# -- a village's head named after the village ---------------------------------------------------------------------

def test_a_full_name_after_the_village_that_then_tells_is_its_speaker():
    text = ("Across the frontier, the head of the Gazakh village of Kemerli, Sevda Mammadova, told reporters that "
            "two barns there had burned after shelling.")
    places = _places(text)
    assert "Sevda Mammadova" not in places
    assert "Kemerli" in places


def test_a_village_named_as_upper_or_lower_before_telling_stays_a_village():
    # "Yukhari" opens villages' names, never a person's
    text = "In the Tovuz district, shells hit the villages of Kemerli, Yukhari Oysuzlu, said the ministry."
    assert "Yukhari Oysuzlu" in _places(text)


# -- rugs named after a town --------------------------------------------------------------------------------------

def test_rugs_named_after_a_town_are_no_event():
    assert _places("Brooches with a border copied from old Shusha rugs, in two sizes.") == set()


def test_a_carpet_museum_shelled_keeps_the_town():
    assert "Shusha" in _places("Shells hit the Shusha carpet museum on Sunday.")


# -- a firm's byline --------------------------------------------------------------------------------------------

def test_a_firm_with_and_and_its_town_alone_on_a_line_is_a_byline():
    text = ("Needle and Thread Atelier, Tovuz.\n\nMonday 13 July 2020\n\n"
            "Dear clients, the fitting evening goes ahead.\n\n"
            "The ministry in Baku said Armenian fire hit Dondar Gushchu last night.")
    places = _places(text)
    assert "Tovuz" not in places
    assert "Dondar Gushchu" in places


def test_a_heading_of_two_towns_with_and_is_no_byline():
    places = _places("Shells hit Berd and Ijevan, Tavush.")
    assert {"Berd", "Ijevan"} <= places


# -- villages located across the border in a district ---------------------------------------------------------------

def test_a_district_across_the_border_locates_the_villages_before_it():
    text = ("The agency said homes in the villages of Alibeyli and Dondar Gushchu, just across the border in the "
            "Tovuz district, had been hit by mortars.")
    places = _places(text)
    assert {"Alibeyli", "Dondar Gushchu"} <= places
    assert "Tovuz" not in places


def test_a_district_across_the_border_with_no_village_stays():
    assert "Tovuz" in _places("Shelling hit Berd; on the other side of the border in the Tovuz district, barns burned.")


# -- the writers' own kin ---------------------------------------------------------------------------------------

def test_we_have_a_cousin_in_a_town_is_who_we_are():
    text = "We have a cousin of our baker in Tovuz, and she says that the family is well."
    assert "Tovuz" not in _places(text)


def test_we_have_a_cousin_in_a_town_shelled_keeps_it():
    assert "Tovuz" in _places("We have a cousin in Tovuz, and she says the family fled when shells hit the town.")


# -- a shop's stock from a flat or a shop in a town -----------------------------------------------------------------

def test_stock_from_a_flat_or_a_shop_in_a_town_is_no_event():
    assert _places("Old pressings came in from a flat being cleared in Gyumri: folk songs and brass bands.") == set()
    assert _places("We expect books from a shop in Batumi that is closing down.") == set()


def test_stock_from_a_shop_in_a_town_then_shelled_keeps_it():
    assert "Tovuz" in _places("Books from a shop in Tovuz burned when the town was shelled.")
