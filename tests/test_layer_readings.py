"""How a careful reader files a place whose sentence says what happened there only in passing: fire named by its
side, traffic and its jams, a journey's destination, goods that could not get through, damage seen in photographs,
a range driven over, a place located across a river; and which date such places take (sentences written for these
tests)."""

import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text


def read(text, gazetteer, published="2021-06-10"):
    """{place name: (layer, kind)} of the candidates of a text (a route's places one by one)."""
    return {name: (c["layer"], c["kind"]) for c in extract_text(text, dt.date.fromisoformat(published), gazetteer,
                                                                  source="test")
            for name in c["place_name"].split(";")}


def dates(text, gazetteer, published):
    return {name: c["start_date"] for c in extract_text(text, dt.date.fromisoformat(published), gazetteer,
                                                        source="test")
            for name in c["place_name"].split(";")}


# -- fire, killings, damage ---------------------------------------------------------------------------------

def test_fire_named_by_its_side_is_firing_at_each_district(gazetteer):
    found = read("The army reported renewed Azerbaijani fire overnight at villages of the Tavush and Vayots Dzor "
                 "provinces and at Jermuk, with no casualties.", gazetteer)
    assert found["Jermuk"] == ("shelling", "firing")


def test_police_pushing_back_residents_is_no_fighting(gazetteer):
    found = read("On Monday police pushed back Sisian residents who had gathered outside the town hall.", gazetteer)
    assert found.get("Sisian", ("other", ""))[0] != "shelling"
    found = read("Troops pushed back an attack near Sisian on Monday.", gazetteer)
    assert found["Sisian"][0] == "shelling"


def test_a_fire_that_broke_out_is_no_firing(gazetteer):
    found = read("Firefighters said heavy fire broke out at a warehouse in Goris on Monday.", gazetteer)
    assert found.get("Goris", ("other", ""))[0] != "shelling"
    found = read("An intense fire gutted a warehouse in Kapan on Monday.", gazetteer)
    assert found.get("Kapan", ("other", ""))[0] != "shelling"


def test_killings_in_a_village_are_casualties(gazetteer):
    found = read("Survivors gathered to remember the killings in Khojaly.", gazetteer)
    assert found["Khojaly"][0] == "shelling"


def test_a_hole_in_a_roof_is_damage_from_a_strike(gazetteer):
    found = read("Pictures from the town showed a large hole in the roof of the mosque of Aghdam.", gazetteer)
    assert found["Aghdam"][0] == "shelling"


# -- routes ---------------------------------------------------------------------------------------------------

def test_traffic_near_a_town_is_a_route(gazetteer):
    found = read("Traffic near Goris was heavy on Sunday, drivers said.", gazetteer)
    assert found["Goris"][0] == "corridors"


def test_a_jam_between_two_towns_is_a_route_not_an_axis_of_fighting(gazetteer):
    found = read("Lorries stood bumper to bumper between Goris and Kornidzor, with empty ones going back in the "
                 "other direction.", gazetteer)
    assert found["Goris"][0] == "corridors" and found["Kornidzor"][0] == "corridors"


def test_goods_rolling_from_a_town_go_along_a_route(gazetteer):
    found = read("Wagons of grain began rolling from Gyumri to the south on Friday.", gazetteer)
    assert found["Gyumri"][0] == "corridors"


def test_a_train_s_destination_is_the_route_s_end_not_the_scene_of_the_attack(gazetteer):
    found = read("Gunmen fired on a freight train bound for Kapan near the village of Shikahogh.", gazetteer)
    assert found["Kapan"][0] == "corridors"


def test_goods_that_could_not_get_through_are_a_blockade_of_the_routes(gazetteer):
    found = read("Building work around Goris stopped for a month because cement could not get through, "
                 "the mayor said.", gazetteer)
    assert found["Goris"] == ("corridors", "blockade")


def test_a_vehicle_that_could_not_get_through_to_a_village_found_its_way_blocked(gazetteer):
    found = read("After the storm an ambulance could not get through to Jermuk for most of the day.", gazetteer)
    assert found["Jermuk"][0] == "corridors"


def test_vehicles_unable_to_cross_a_bridge_are_still_held_at_a_checkpoint(gazetteer):
    found = read("Lorries have waited near Kornidzor since Monday, unable to cross the bridge.", gazetteer)
    assert found["Kornidzor"][0] == "checkpoints"


def test_a_road_tunnel_named_by_its_towns_is_a_route(gazetteer):
    found = read("Engineers are designing a tunnel from Goris to Kapan under the ridge.", gazetteer)
    assert found["Goris"][0] == "corridors" and found["Kapan"][0] == "corridors"


def test_a_drive_over_a_range_passes_it(gazetteer):
    found = read("The new highway will shorten the drive from Goygol over the Murov range.", gazetteer)
    assert found["Murovdag"][0] == "corridors"


def test_a_place_across_a_river_is_located_not_crossed(gazetteer):
    found = read("Pilgrims were turned away from the ruined church of Julfa, across the Araz river in the "
                 "exclave, officials said.", gazetteer)
    assert found["Julfa"][0] != "corridors"


# -- dates ----------------------------------------------------------------------------------------------------

def test_a_span_of_weekdays_dates_to_its_first_day():
    spans = find_dates("Two soldiers died on the night from Monday to Tuesday.", dt.date(2016, 4, 6))
    assert [s.start.isoformat() for s in spans] == ["2016-04-04"]


def test_an_anniversary_s_place_takes_the_day_of_the_event_remembered(gazetteer):
    found = dates("Hundreds marked on Saturday the anniversary of the killings in Khojaly, a town in the east of "
                  "the region that troops stormed on 26 February 1992.", gazetteer, "2022-02-27")
    assert found["Khojaly"] == "1992-02-26"


# -- violence named by a government's word for it -----------------------------------------------------------

def test_a_use_of_force_or_a_war_crime_at_a_place_is_an_attack_there(gazetteer):
    found = read("Yerevan protested on Friday against what it described as a fresh use of force near Sotk.", gazetteer)
    assert found["Sotk"][0] == "shelling"
    found = read("Officials in Baku spoke of a war crime perpetrated overnight in Tartar.", gazetteer)
    assert found["Tartar"][0] == "shelling"


def test_the_use_of_force_as_a_principle_is_no_attack(gazetteer):
    found = read("The envoys asked both capitals to renounce the use of force around Sotk.", gazetteer)
    assert found.get("Sotk", ("other", ""))[0] != "shelling"


# -- crossings that let through only with leave ---------------------------------------------------------------

def test_a_crossing_vehicles_wait_for_leave_to_cross_is_a_checkpoint(gazetteer):
    found = read("Twelve fuel tankers have been parked outside Goris since Monday, awaiting clearance to cross the "
                 "Hakari bridge.", gazetteer)
    assert found["Hakari Bridge"][0] == "checkpoints"
    found = read("Twelve fuel tankers have been parked outside Goris since Monday, hoping to cross the Hakari bridge.",
                 gazetteer)
    assert found["Hakari Bridge"][0] == "corridors"


def test_goods_kept_at_a_crossing_are_held_at_a_checkpoint(gazetteer):
    found = read("Grain wagons were kept at the Boyuk Kesik crossing for a week, the carrier said.", gazetteer)
    assert found["Boyuk Kesik"][0] == "checkpoints"


# -- places added "together with" another ------------------------------------------------------------------

def test_places_handed_over_together_with_a_village_are_handed_over_too(gazetteer):
    found = read("The village of Aghavno was handed over in late August, along with Sus, when the new road was "
                 "opened to traffic.", gazetteer)
    assert found["Sus"][0] == "other"


def test_places_retaken_together_with_a_town_take_its_day(gazetteer):
    found = dates("Officials listed the towns retaken so far: Hadrut on 9 October, together with villages of the "
                  "Khojavend and Fuzuli districts, and Jabrayil on 4 October.", gazetteer, "2020-11-01")
    assert found["Fuzuli District"] == "2020-10-09"
    assert found["Jabrayil"] == "2020-10-04"


def test_a_person_added_together_with_is_no_list_of_places(gazetteer):
    found = dates("The minister reached Hadrut on 9 October together with his aides and flew on to Fuzuli on "
                  "11 October.", gazetteer, "2020-11-01")
    assert found["Fuzuli"] == "2020-10-11"


# -- a road's course ------------------------------------------------------------------------------------------

def test_every_stage_of_a_roads_course_is_on_the_road(gazetteer):
    found = read("Skirmishes overnight worried villagers who rely on the road that runs from Vardenis over the Sotk "
                 "pass into the Kalbajar district.", gazetteer)
    assert found["Kalbajar District"][0] == "corridors"
    assert found["Sotk Pass"][0] == "corridors"


# -- "the town" said again --------------------------------------------------------------------------------------

def test_the_town_said_again_is_the_town_named_before(gazetteer):
    found = read("The governor told reporters in Kapan that shells had landed in the town overnight.", gazetteer)
    assert found["Kapan"][0] == "shelling"
    found = read("Farmers from Tegh say that lorries now rumble through the village at all hours.", gazetteer)
    assert found["Tegh"][0] == "corridors"


def test_the_town_said_again_is_no_other_town_nor_a_part_of_it(gazetteer):
    found = read("The governor told reporters in Kapan that shells had landed near Goris and that life in the town "
                 "went on.", gazetteer)
    assert found["Kapan"][0] == "other"
    found = read("The governor told reporters in Kapan that crowds had marched through the town centre overnight.",
                 gazetteer)
    assert found["Kapan"][0] == "other"


def test_vehicles_said_what_they_carry_reach_the_end_of_a_route(gazetteer):
    found = read("Aid finally arrived this week: buses carrying medical staff reached the village of Tegh on Monday.",
                 gazetteer)
    assert found["Tegh"][0] == "corridors"


def test_people_taken_out_of_a_town_leave_it_and_head_for_another(gazetteer):
    found = read("Children and the elderly were moved out of Sotk before dawn, most of them in buses heading for "
                 "Vardenis.", gazetteer)
    assert found["Sotk"] == ("other", "displacement")
    assert found["Vardenis"][0] == "corridors"


def test_people_who_travelled_to_a_place_visited_it(gazetteer):
    found = read("Two inspectors from the environment ministry travelled to Kajaran on Tuesday to take water samples.",
                 gazetteer)
    assert found["Kajaran"][0] == "other"
    found = read("Two fuel trucks travelled to Kajaran on Tuesday.", gazetteer)
    assert found["Kajaran"][0] == "corridors"


def test_what_residents_say_happened_in_their_village_is_the_village_s_event(gazetteer):
    """"Residents of X said that shells had hit the school": shelling at X, the residents being who says so."""
    found = read("Residents of Sotk said on Friday that a mortar round had hit the school.", gazetteer)
    assert found["Sotk"][0] == "shelling"
