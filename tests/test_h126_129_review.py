"""Review of the rules read from heldout126 to heldout129: wordings near a rule's own that it must not change."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 10, 20)


def _layers(text, place, published=DAY):
    return [e["layer"] for e in extract_text(text, published) if place in e["place"].split(";")]


def _places(text, published=DAY):
    return {name for e in extract_text(text, published) for name in e["place"].split(";")}


# --- a channel set off by commas: only the channel that tells, not one a clause is told on or to ---

def test_places_after_according_to_the_channel_stay():
    assert _layers("According to the channel, Tartar, Barda and Goranboy were shelled overnight.",
                   "Tartar") == ["shelling"]


def test_place_after_on_the_channel_stays():
    assert "Stepanakert" in _places("On the state channel, Stepanakert residents described a night of shelling.")


def test_place_after_speaking_to_the_channel_stays():
    assert "Martuni" in _places("Speaking to the channel, Martuni villagers said the shelling went on until dawn.")


def test_place_in_a_list_after_a_report_on_the_channel_stays():
    assert "Barda" in _places("In a report on the channel, Barda, Tartar and Aghdam were named as targets of "
                              "rockets on Tuesday.")


def test_channel_that_tells_still_has_its_name():
    assert "Lori" not in _places("A Telegram channel, Lori 7, says Berdzor was shelled on Monday.")


# --- years lived in a town: the town stays when the sentence tells harm there ---

def test_years_lived_in_a_town_then_a_shell_on_the_house():
    assert "Talish" in _places("The family had lived for 40 years in Talish until a shell destroyed their house "
                               "last week.")


def test_years_lived_in_a_town_and_a_rocket_on_the_house_there():
    assert "Tartar" in _places("The old man had lived for decades in Tartar, and on Monday a rocket hit his house "
                               "there.")


def test_years_lived_in_a_town_now_shelled():
    assert _layers("He has lived for many years in Tartar and now shells fall on it every night.",
                   "Tartar") == ["shelling"]


def test_years_lived_in_a_town_with_no_harm_still_out():
    assert "Sumgayit" not in _places("The refugees had spent two decades in Sumgayit before returning to Fuzuli.")


# --- a family named by its home: not when it shelters, is displaced or under fire ---

def test_family_hiding_as_rockets_fell_keeps_the_fire():
    assert _layers("A family from Tartar hid in the cellar as rockets fell.", "Tartar") == ["shelling"]


def test_refugee_family_moving_into_a_school_keeps_its_home():
    assert "Shusha" in _places("A refugee family from Shusha moved into the school on Monday.")


def test_family_sleeping_in_a_church_keeps_its_home():
    assert "Hadrut" in _places("A family from Hadrut is now sleeping in the church.")


def test_family_waiting_for_a_soldier_keeps_its_home():
    assert "Martuni" in _places("A family from Martuni has not heard from their son, a soldier, since Sunday.")


def test_family_booking_a_room_still_out():
    assert "Barda" not in _places("A young family from Barda has reserved the back room for Sunday lunch.")


# --- people from a district who left: only when what they left is the district ---

def test_people_from_a_district_who_left_another_town_keep_it_out():
    assert "Kalbajar" not in _places("Refugees from the Kalbajar district left Yerevan for the village on Monday.")


def test_people_from_a_district_who_left_flowers_keep_it_out():
    assert "Lachin" not in _places("People from the Lachin district left flowers at the memorial in Yerevan.")


def test_people_from_a_district_evacuated_from_another_town_keep_it_out():
    assert "Aghdam" not in _places("Families from the Aghdam district were evacuated from Barda to Baku.")


def test_people_from_a_district_who_left_their_homes_are_filed_there():
    assert "Aghdam District" in {e["place_name"] for e in extract_text(
        "Families from the Aghdam district left their homes in October.", DAY)}


# --- a place not under a curfew: not when the sentence tells harm, nor when the rule was lifted ---

def test_town_not_under_curfew_hit_by_a_missile_stays():
    assert "Ganja" in _places("Ganja, which is not under the curfew, was hit by a missile on Sunday.")


def test_town_not_under_martial_law_but_shelled_stays():
    assert "Barda" in _places("Barda is not under martial law yet, but the shelling there goes on.")


def test_curfew_lifted_stays_news():
    assert "Tartar" in _places("Tartar is not under the curfew any more, the ministry said.")


# --- the fields of a place in a sentence of water: not when troops are told there ---

def test_trenches_in_the_fields_of_a_village_stay():
    assert "Talish" in _places("Soldiers dug trenches in the fields of Talish near the irrigation canal.")


def test_water_cut_by_forces_to_the_fields_stays():
    assert "Tartar" in _places("Armenian forces cut off the water to the fields of the Tartar district, "
                               "the ministry said.")


# --- came to a province: an official's visit, not refugees or aid arriving ---

def test_refugees_came_to_a_province_is_no_visit():
    assert "Syunik" not in _places("Thousands of refugees came to the Syunik province in November.", dt.date(2021, 4, 24))


def test_aid_came_to_a_province_is_no_visit():
    assert "Syunik" not in _places("Aid came to the Syunik province from France.", dt.date(2021, 4, 24))


def test_minister_came_to_a_province_is_a_visit():
    assert _layers("The minister came to Tavush on Tuesday.", "Tavush", dt.date(2021, 4, 24)) == ["other"]


# --- a hall in a town: not where refugees are given beds or aid is handed out ---

def test_refugees_given_beds_in_a_hall_keep_the_town():
    assert "Goris" in _places("Refugees from Hadrut were given beds in the school hall in Goris.")


def test_aid_handed_out_in_a_hall_keeps_the_town():
    assert "Stepanakert" in _places("Aid is handed out in the hall in Stepanakert every morning.")


# --- a building on a town's road: not when soldiers or war are told there ---

def test_shop_on_a_road_looted_by_soldiers_keeps_the_town():
    assert "Goris" in _places("The shop on the Goris road was looted by retreating soldiers.")


# --- an animal's name: one animal, not a herd and the people after it ---

def test_horses_and_the_farmers_of_a_town_keep_the_fire():
    assert _layers("The shelling killed horses Aghdam farmers had kept for years.", "Aghdam") == ["shelling"]


def test_stray_dogs_and_the_residents_of_a_town_keep_the_town():
    assert "Stepanakert" in _places("The stray dogs Stepanakert residents feed hide from the drones.")


def test_one_dog_s_name_is_still_no_place():
    assert "Sevan" not in _places("Our dog Sevan was found alive after the shelling.")


# --- by the count of: what was counted names no one ---

def test_by_the_count_of_houses_destroyed_names_no_one():
    assert [e["claimed_by"] for e in extract_text("By the count of houses destroyed, Tartar suffered most.", DAY)
            if e["place"] == "Tartar"] == [""]


# --- a walk told as made is a journey, a short walk as a distance is not ---

def test_the_short_walk_made_from_a_town_is_a_journey():
    assert _layers("They made the short walk from Hadrut to the forest under fire.", "Hadrut") == ["corridors"]


# --- a road held: a road named by a list of villages an advance took stays the way's news ---

def test_road_between_a_list_of_villages_held_in_an_advance_stays_corridors():
    # ("A day later they held the road between the villages of Yanshakh, Gamyshly and Chaply, encircling two
    # Azerbaijani brigades": read in its article, where the villages are placed)
    from pathlib import Path

    from geo.article import read_article
    path = Path(__file__).parent / "articles" / "heldout17" / "p02_omar_pass_battle.txt"
    rows = extract_text(read_article(path), dt.date(2024, 2, 18))
    layers = {e["layer"] for e in rows if "Yanshakh" in e["place"].split(";")}
    assert layers == {"corridors"}
