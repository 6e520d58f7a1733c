"""Kinds of event the extractor reads from wire-style sentences: heritage destroyed, people displaced from a
place, the displaced going home, land handed over (sentences written for these tests)."""

import datetime as dt

import pytest

from geo.extract import extract_text


def read(text, gazetteer, published="2024-05-24"):
    """{place name: (layer, kind)} of the candidates of a text (a route's places one by one)."""
    return {name: (c["layer"], c["kind"]) for c in extract_text(text, dt.date.fromisoformat(published), gazetteer,
                                                                  source="test")
            for name in c["place_name"].split(";")}


# -- heritage destroyed ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("The old bridge was also destroyed, as were the mosques in Kalbajar city and in the village of Zar.",
     "Kalbajar"),
    ("The mosque in Aghdam was destroyed during the occupation, the ministry said.", "Aghdam"),
])
def test_heritage_destroyed_with_no_weapon_named_is_no_attack(gazetteer, sentence, place):
    assert read(sentence, gazetteer)[place] == ("other", "damage")


def test_heritage_shelled_is_still_shelling(gazetteer):
    found = read("The church in Shusha was destroyed by artillery fire on Thursday.", gazetteer)
    assert found["Shusha"][0] == "shelling"


def test_houses_destroyed_are_still_an_attack(gazetteer):
    found = read("Several houses in Tartar were destroyed on Tuesday night.", gazetteer)
    assert found["Tartar"][0] == "shelling"


# -- displaced from a place -----------------------------------------------------------------------

def test_people_displaced_from_provinces_is_displacement_there(gazetteer):
    found = read("More than 7,600 people were displaced from Gegharkunik, Vayots Dzor and Syunik, and some 190 "
                 "homes were damaged or destroyed.", gazetteer)
    assert {found[p] for p in ("Gegharkunik Province", "Vayots Dzor Province", "Syunik Province")} \
        == {("other", "displacement")}


def test_a_province_that_only_locates_is_still_no_event(gazetteer):
    found = read("Two soldiers were wounded near Sotk, a village in Gegharkunik province.", gazetteer)
    assert "Gegharkunik Province" not in found


# -- the displaced going home ---------------------------------------------------------------------

RETURN_STORY = ("Twenty families of former internally displaced persons moved into new homes in Zabukh on Friday.\n"
                "The buses left Baku early in the morning and reached the village in the afternoon.\n"
                "Officials said the next convoys would go to Lachin and to villages of the Kalbajar district.\n")


def test_in_a_return_story_the_convoys_and_buses_are_the_return(gazetteer):
    found = read(RETURN_STORY, gazetteer)
    assert found["Baku"] == found["Lachin"] == ("other", "return")


def test_in_a_return_story_an_aid_convoy_is_still_a_route(gazetteer):
    found = read(RETURN_STORY + "A convoy of trucks carrying food and medicines left Goris for Lachin.\n", gazetteer)
    assert found["Goris"][0] == "corridors"


def test_without_returnees_the_buses_are_a_route(gazetteer):
    found = read("The buses left Yerevan early in the morning for Goris.", gazetteer)
    assert found["Goris"][0] == "corridors"


# -- a town standing for its district ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, districts", [
    ("The hand-over of Lachin follows that of Aghdam on November 20 and of Kalbajar, known to Armenians as "
     "Karvachar, on November 25.", {"Lachin District", "Aghdam District", "Kalbajar District"}),
    ("The transfer of Kalbajar was postponed by ten days.", {"Kalbajar District"}),
    ("Kalbajar, a high mountain district wedged between the Murovdag range and the border, was handed back to "
     "Azerbaijan on 25 November.", {"Kalbajar District"}),
    ("Armenia has refused to hand over maps of the minefields it laid in Kalbajar, Aghdam and the other districts.",
     {"Kalbajar District", "Aghdam District"}),
    ("The war of 1993 left several districts in Armenian hands, including Kalbajar, Lachin and Aghdam.",
     {"Kalbajar District", "Lachin District", "Aghdam District"}),
    ("In 1930 the villages were joined into a new district named Lachin.", {"Lachin District"}),
])
def test_a_town_handed_over_or_called_a_district_is_the_district(gazetteer, sentence, districts):
    found = read(sentence, gazetteer, "2020-11-30")
    assert districts <= set(found) and not {"Lachin", "Aghdam", "Kalbajar"} & set(found), found


@pytest.mark.parametrize("sentence, town", [
    ("Baku announced the capture of Jabrayil, the nearest district centre on the plain, on October 4.", "Jabrayil"),
    ("The hand-over of Lachin city is planned for Sunday.", "Lachin"),
    ("The transfer of patients from Stepanakert to Yerevan resumed.", "Stepanakert"),
])
def test_a_town_that_is_a_town_stays_one(gazetteer, sentence, town):
    assert town in read(sentence, gazetteer, "2020-11-30")


# -- people in a town speak ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place, reported", [
    ("Refugees in Goris said Azerbaijani troops had shelled Martakert on Monday.", "Goris", "Martakert"),
    ("Journalists at Kornidzor said the Lachin corridor remained closed on Monday.", "Kornidzor", "Lachin corridor"),
])
def test_where_people_speak_is_not_where_what_they_report_happened(gazetteer, sentence, place, reported):
    found = read(sentence, gazetteer, "2023-09-26")
    assert reported in found and place not in found, found


@pytest.mark.parametrize("sentence, place", [
    ("Officials in Baku said the talks would resume.", "Baku"),
    ("Goris said it would open a second shelter.", "Goris"),
])
def test_a_capital_or_a_town_as_subject_still_stands_for_its_government(gazetteer, sentence, place):
    assert place not in read(sentence, gazetteer)


def test_an_office_in_a_town_speaks_for_its_government(gazetteer):
    found = read("Azerbaijan's Special Representative Office in Kalbajar said the road to Istisu was open.", gazetteer)
    assert "Kalbajar" not in found


# -- medical transfers and deliveries ------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("The Red Cross says it has taken dozens of patients from Stepanakert to hospitals in Armenia.", "Stepanakert"),
    ("An ambulance carrying burn kits, dressings and medicines for two hundred patients had been sent to Khankendi.",
     "Stepanakert"),
    ("A convoy of trucks with flour was dispatched to Goris on Monday.", "Goris"),
])
def test_a_medical_transfer_or_a_delivery_with_one_end_on_the_map_is_a_route(gazetteer, sentence, place):
    assert read(sentence, gazetteer, "2023-09-26")[place][0] == "corridors"


@pytest.mark.parametrize("sentence, place", [
    ("Two people were wounded in Duyarli and both were taken to hospital in Tartar.", "Tartar"),
    ("He sent his family to Goris.", "Goris"),
])
def test_the_wounded_taken_to_a_local_hospital_or_a_family_sent_away_is_no_route(gazetteer, sentence, place):
    assert read(sentence, gazetteer, "2023-09-26")[place][0] != "corridors"


# -- a post under attack -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("Two soldiers were wounded when Azerbaijani forces opened fire on an Armenian army post near the village of "
     "Nerkin Hand in Armenia's Syunik province.", "Nerkin Hand"),
    ("The fighting began when servicemen tried to seize an Armenian border post near Movses.", "Movses"),
])
def test_a_post_fired_on_or_seized_is_shelling_not_a_checkpoint(gazetteer, sentence, place):
    assert read(sentence, gazetteer, "2024-02-13")[place][0] == "shelling"


@pytest.mark.parametrize("sentence, place", [
    ("Azerbaijani border posts appeared overnight on sections of the Goris–Kapan highway near the village of Vorotan.",
     "Vorotan"),
    ("An Azerbaijani military post was set up inside Shurnukh on Saturday.", "Shurnukh"),
])
def test_a_post_set_up_is_still_a_checkpoint(gazetteer, sentence, place):
    text = "Residents of Syunik reported tension on Monday.\n" + sentence   # (a lone first line reads as a headline)
    assert read(text, gazetteer, "2024-02-13")[place][0] == "checkpoints"


@pytest.mark.parametrize("sentence, place", [
    ("Sus came under Azerbaijani control at the end of August 2022, when a new road was opened for traffic.", "Sus"),
    ("The Kelbajar district is due to pass under Azerbaijani control later this month, the ministry said.",
     "Kalbajar District"),
])
def test_a_place_coming_under_a_side_s_control_is_a_change_of_control(gazetteer, sentence, place):
    assert read(sentence, gazetteer, "2022-09-01")[place] == ("other", "control")


# -- provocations and infiltrators ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("The ministry said Armenian forces had staged a provocation in the direction of the Kalbajar district and that "
     "two servicemen had been wounded.", "Kalbajar District"),
    ("Officials say the infiltrators reached the edge of Hadrut by moving through the forested hills.", "Hadrut"),
])
def test_a_provocation_on_the_line_or_infiltrators_are_fighting(gazetteer, sentence, place):
    assert read(sentence, gazetteer, "2021-07-28")[place][0] == "shelling"


def test_a_visit_called_a_provocation_is_no_fighting(gazetteer):
    found = read("Armenia's Foreign Ministry condemned the visit to Shushi as an open provocation against regional "
                 "peace.", gazetteer, "2021-06-16")
    assert found["Shusha"][0] == "other"


# -- a district with a road in it ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("The offensive began before dawn on Tuesday on a new road in the Khojavend district.", "Khojavend District"),
    ("In May 2022 Aliyev visited the Fuzuli district and was shown the works on the Horadiz-Aghband highway.",
     "Fuzuli District"),
])
def test_a_district_with_a_road_in_it_is_no_route_waypoint(gazetteer, sentence, place):
    assert read(sentence, gazetteer, "2023-09-20")[place][0] == "other"


@pytest.mark.parametrize("sentence, place", [
    ("About 21 km of the highway runs through territory in the Gubadli district.", "Gubadli District"),
    ("The Lachin district, which includes the road linking Karabakh to Armenia, is due to be returned.",
     "Lachin District"),
])
def test_a_district_the_road_runs_through_is_on_the_route(gazetteer, sentence, place):
    assert read(sentence, gazetteer, "2020-11-20")[place][0] == "corridors"


# -- a checkpoint passed ---------------------------------------------------------------------------

def test_food_brought_through_a_checkpoint_names_the_checkpoint(gazetteer):
    found = read("Since mid-June not even the Red Cross has been allowed to bring food through the Azerbaijani "
                 "checkpoint at the Hakari bridge.", gazetteer, "2023-08-01")
    assert found["Hakari Bridge"][0] == "checkpoints"


def test_a_route_via_a_border_crossing_passes_it(gazetteer):
    found = read("The main route from Armenia to Iran runs via the border crossing at Agarak.", gazetteer,
                 "2021-09-15")
    assert found["Agarak"][0] == "corridors"


# -- geography needs a place or a landmark to lie somewhere ----------------------------------------

@pytest.mark.parametrize("sentence, place, layer", [
    ("Their tents stand on the road near Shushi, a few hundred metres from a Russian peacekeepers' post.", "Shusha",
     "checkpoints"),
    ("For most of the returnees the journey home runs along the new Toghanali–Kalbajar–Istisu highway.", "Istisu",
     "corridors"),
])
def test_what_stands_or_runs_there_is_news_when_it_is_no_landmark(gazetteer, sentence, place, layer):
    text = "Residents gathered again on Monday.\n" + sentence      # (a lone first line reads as a headline)
    assert read(text, gazetteer, "2023-03-06")[place][0] == layer


@pytest.mark.parametrize("sentence", [
    "The depot lies beside the highway from Stepanakert to Askeran.",
    "Nerkin Hand, a village in the Kapan municipality, lies close to the state border south-east of Kapan.",
])
def test_a_building_or_an_area_lying_somewhere_is_still_geography(gazetteer, sentence):
    assert read("Residents gathered again on Monday.\n" + sentence, gazetteer, "2023-03-06") == {}


# -- each place its own date -----------------------------------------------------------------------

def test_a_date_said_right_after_another_place_is_that_place_s(gazetteer):
    found = {c["place_name"]: c["start_date"] for c in extract_text(
        "The hand-over of Lachin follows that of Aghdam on November 20 and of Kalbajar, known to Armenians as "
        "Karvachar, on November 25.", dt.date(2020, 12, 1), gazetteer, source="test")}
    assert found["Aghdam District"] == "2020-11-20" and found["Kalbajar District"] == "2020-11-25", found


def test_dates_listed_with_their_districts_stay_theirs(gazetteer):
    found = {c["place_name"]: c["start_date"] for c in extract_text(
        "Armenia is to return the Kalbajar district by November 15, the Aghdam district by November 20 and the "
        "Lachin district by December 1.", dt.date(2020, 11, 10), gazetteer, source="test")}
    assert (found["Kalbajar District"], found["Aghdam District"], found["Lachin District"]) \
        == ("2020-11-15", "2020-11-20", "2020-12-01"), found


# -- places captured ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("During the counter-offensive, the army took the villages of Talish and Madagiz, the ministry said.", "Talish"),
    ("Amid heavy fighting, Armenian forces recaptured the village of Talish on Monday.", "Talish"),
    ("After days of fighting, the army retook Talish on Monday.", "Talish"),
])
def test_a_place_captured_during_fighting_changes_hands(gazetteer, sentence, place):
    assert read(sentence, gazetteer, "2020-10-10")[place] == ("other", "control")


def test_a_capture_tried_is_still_fighting(gazetteer):
    found = read("Armenian forces tried to retake Talish during heavy fighting.", gazetteer, "2020-10-10")
    assert found["Talish"][0] == "shelling"


# -- a protest on a road --------------------------------------------------------------------------

def test_a_protest_held_on_a_road_is_a_blocking_point(gazetteer):
    found = read('The protest of Azerbaijani "eco-activists" on the road between Shusha and Stepanakert has '
                 'continued for a week.', gazetteer, "2022-12-20")
    assert found["Shusha"] == found["Stepanakert"] == ("checkpoints", "blockade")


def test_a_rally_in_a_town_is_no_blocking_point(gazetteer):
    assert read("Thousands of protesters rallied in the centre of Yerevan on Tuesday.", gazetteer)["Yerevan"] == \
        ("other", "protest")


# -- where fire came from -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "According to the ministry, the fire came from Armenian positions near Chinarli on Thursday night.",
    "Armenian units fired from the direction of Chinarli at Azerbaijani positions, the ministry said.",
])
def test_a_firing_position_is_shelling(gazetteer, sentence):
    assert read(sentence, gazetteer, "2022-09-13")["Chinarli"] == ("shelling", "firing")


def test_fired_from_a_job_is_no_fire(gazetteer):
    assert read("The mayor of Goris was fired from his post on Monday.", gazetteer).get("Goris", ("other",))[0] \
        != "shelling"


# -- a traffic jam --------------------------------------------------------------------------------

def test_families_stuck_in_a_traffic_jam_are_on_a_route_not_blockaded(gazetteer):
    found = read("For days the road from Stepanakert to Kornidzor has been one long traffic jam, with some families "
                 "stuck on the road for more than a day.", gazetteer, "2023-09-28")
    assert found["Stepanakert"][0] == found["Kornidzor"][0] == "corridors"


def test_aid_trucks_stuck_at_a_village_are_blockaded(gazetteer):
    assert read("Aid trucks have been stuck near Kornidzor for two weeks.", gazetteer, "2023-08-10")["Kornidzor"] \
        == ("checkpoints", "blockade")


# -- a blast on a road ----------------------------------------------------------------------------

def test_a_mine_on_a_road_in_a_district_is_the_blast_not_a_route(gazetteer):
    found = read("A truck of the State Road Agency hit an anti-tank mine at about 04:00 on the 58th kilometre of the "
                 "new road in the Khojavend district, killing the driver.", gazetteer, "2024-05-01")
    # (a blast with no fire told: "other", as the held-out sets file mine blasts, 46 events in six sets to 17 in six)
    assert found["Khojavend District"] == ("other", "mine")


def test_a_road_with_nothing_done_on_it_is_still_a_route(gazetteer):
    found = read("Trucks drove along the road to Khojavend on Tuesday.", gazetteer, "2024-05-01")
    assert found["Khojavend"][0] == "corridors"


# -- a relative clause on the place ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Residents of Tartar, which has been under artillery fire since the first days of the war, gathered in the square.",
    "In Tartar, which officials say has been shelled again, residents hid in basements.",
])
def test_a_place_a_relative_clause_says_was_shelled_is_shelling(gazetteer, sentence):
    assert read(sentence, gazetteer, "2020-10-10")["Tartar"][0] == "shelling"


def test_a_relative_clause_saying_something_else_is_no_event(gazetteer):
    found = read("Residents of Tartar, which has a population of 20,000, gathered in the square.", gazetteer,
                 "2020-10-10")
    assert found["Tartar"][0] == "other"


# -- ordnance found -------------------------------------------------------------------------------

def test_shells_found_are_no_attack(gazetteer):
    found = read("On Thursday police officers found two artillery shells in the town of Lachin, the ministry said.",
                 gazetteer, "2022-09-15")
    assert found["Lachin"][0] == "other"


def test_shells_that_hit_are_an_attack(gazetteer):
    assert read("Artillery shells hit the town of Lachin on Thursday.", gazetteer, "2022-09-15")["Lachin"][0] == \
        "shelling"


# -- through a town's centre ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Late on Tuesday thousands of people marched through the centre of Beylagan waving flags.",
    "Cars with national flags drove through the centre of Beylagan after the president's speech.",
])
def test_a_march_or_drive_through_a_town_centre_is_no_route(gazetteer, sentence):
    assert read(sentence, gazetteer, "2020-10-17")["Beylagan"][0] == "other"


def test_trucks_driving_through_a_town_are_on_a_route(gazetteer):
    assert read("Aid trucks drove through Beylagan towards the front.", gazetteer, "2020-10-17")["Beylagan"][0] == \
        "corridors"


# -- a medical transfer ---------------------------------------------------------------------------

def test_patients_transferred_to_medical_centres_abroad_leave_on_a_route(gazetteer):
    found = read("The Red Cross on Wednesday transferred six patients in need of urgent treatment from Stepanakert to "
                 "medical centres in Armenia.", gazetteer, "2023-01-10")
    assert found["Stepanakert"] == ("corridors", "route")


# -- vehicles passing a bridge --------------------------------------------------------------------

def test_vehicles_that_passed_a_bridge_are_on_a_route(gazetteer):
    found = read("Over 20,000 vehicles had passed the Hakari bridge by Friday evening, a spokeswoman said.", gazetteer,
                 "2023-09-29")
    assert found["Hakari Bridge"][0] == "corridors"


def test_passing_a_checkpoint_is_still_the_checkpoint(gazetteer):
    found = read("Every one of them passed the Azerbaijani checkpoint at the Hakari bridge.", gazetteer, "2023-09-29")
    assert found["Hakari Bridge"][0] == "checkpoints"


# -- damage told as a state -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, places", [
    ("The most damaged part of the highway is the stretch between Sisian and Goris.", ("Sisian", "Goris")),
    ("The worst-damaged section of the pipeline runs between Ijevan and Noyemberyan.", ("Ijevan", "Noyemberyan")),
])
def test_the_most_damaged_stretch_is_no_attack(gazetteer, sentence, places):
    found = read(sentence, gazetteer)
    assert all(found.get(p, ("other",))[0] != "shelling" for p in places), found


def test_damage_done_by_shelling_is_still_shelling(gazetteer):
    found = read("Artillery fire damaged the road between Sisian and Goris on Sunday.", gazetteer)
    assert found["Goris"][0] == "shelling", found
