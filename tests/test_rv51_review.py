"""Sentences worded unlike the sets the rules came from: each must fire the rule it names, or must not."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 7, 10)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


# fire told with the day between the verb and where it came from

def test_fired_on_a_day_from_positions_near_a_place():
    assert _layers("Azerbaijani units fired late on Tuesday from positions near Zod.") == {"Zod": "shelling"}


def test_fired_on_a_day_from_a_place_named_alone_at_posts():
    assert _layers("Azerbaijani troops fired early on Sunday from Kalbajar at Armenian posts.") == {
        "Kalbajar": "shelling"}


def test_fired_on_a_day_from_the_direction_of_a_village():
    assert _layers("Azerbaijani units fired late on Tuesday from the direction of Zod.") == {"Zod": "shelling"}


def test_deputies_fired_on_a_day_from_a_council_are_no_fire():
    assert _layers("The mayor fired late on Monday from the council of Goris two deputies.") == {"Goris": "other"}


def test_workers_fired_on_a_day_from_a_plant_are_no_fire():
    assert _layers("The owner, who fired late on Friday from the plant in Kapan some sixty workers, refused to "
                   "comment.") == {"Kapan": "other"}


def test_miners_fired_on_a_day_from_a_copper_plant_are_no_fire():
    assert _layers("Dozens of miners fired late on Friday from the Kapan copper plant marched in protest.") == {
        "Kapan": "other"}


def test_a_goalkeeper_fired_on_a_day_from_a_squad_is_no_fire():
    assert _layers("The club fired late on Sunday from the squad in Goris its goalkeeper.") == {"Goris": "other"}


# a side's account with the outlet it came through set off

def test_an_account_through_an_outlet_keeps_its_owner_before_another_side_speaks():
    claims = _claims("Yerevan's account, as Armenpress reported it, was that Azerbaijani units had fired on houses "
                     "in Sotk, while Baku said shells had hit Kalbajar.")
    assert claims == {"Sotk": "Armenian government", "Kalbajar": "Azerbaijani MoD"}


def test_an_account_through_an_outlet_keeps_its_owner_when_another_outlet_closes():
    assert _claims("Yerevan's account, as Armenpress reported it, was that Azerbaijani units had fired on houses in "
                   "Sotk, Trend said.") == {"Sotk": "Armenian government"}


def test_a_premier_s_account_of_a_clash_through_an_outlet_is_his():
    assert _claims("Pashinyan's account of the clash, as Armenpress reported it, was that Azerbaijani troops shelled "
                   "Sotk.") == {"Sotk": "Armenian PM (Nikol Pashinyan)"}


# an outlet's long report closed by the source it cites

LONG = ("Trend reported that Armenian units had fired on Azerbaijani positions near Kalbajar overnight, at intervals "
        "from late in the evening until the early hours of the morning, {}.")


def test_a_long_report_citing_a_military_source_keeps_the_outlet():
    assert _claims(LONG.format("citing a military source")) == {"Kalbajar": "Azerbaijani media"}


def test_a_long_report_citing_a_source_in_the_army_keeps_the_outlet():
    assert _claims(LONG.format("citing a source in the army")) == {"Kalbajar": "Azerbaijani media"}


def test_a_long_report_citing_two_officers_keeps_the_outlet():
    assert _claims(LONG.format("citing two officers")) == {"Kalbajar": "Azerbaijani media"}


def test_a_long_report_citing_the_agency_s_own_sources_keeps_the_outlet():
    assert _claims(LONG.format("citing the agency's own sources")) == {"Kalbajar": "Azerbaijani media"}


def test_a_long_report_citing_no_source_keeps_the_outlet():
    assert _claims(LONG.format("citing no source")) == {"Kalbajar": "Azerbaijani media"}


def test_a_long_report_citing_footage_keeps_the_outlet():
    assert _claims(LONG.format("citing footage from the scene")) == {"Kalbajar": "Azerbaijani media"}


def test_a_long_report_citing_the_ministry_s_press_service_is_the_ministry_s():
    assert _claims(LONG.format("citing the Defence Ministry's press service")) == {"Kalbajar": "Azerbaijani MoD"}


# an opening "In X" or "At X" before the pronoun that tells

MAYOR = "The mayor of Goris, Arush Arushanyan, toured the border on Monday.\n"


def test_in_the_village_of_a_place_he_counted_is_the_official_named_before():
    assert _claims(MAYOR + "In the village of Tegh he counted ten houses hit by shells.") == {"Tegh": "Arush Arushanyan"}


def test_in_a_place_it_also_counted_is_the_body_heard_before():
    assert _claims("The Armenian defence ministry issued a statement on Monday.\n"
                   "In Tegh it also counted ten houses hit by shells.") == {"Tegh": "Armenian MoD"}


def test_at_a_place_he_then_counted_is_the_official_named_before():
    assert _claims(MAYOR + "At Tegh he then counted ten houses hit by shells.") == {"Tegh": "Arush Arushanyan"}


# a regional governor named with his title, then "the governor said"

HOUSES = "Ten houses in Kapan were damaged, the {} said."


def test_the_deputy_governor_is_not_the_governor_named():
    assert _claims("The governor of Syunik, Robert Ghukasyan, toured the villages on Monday.\n"
                   + HOUSES.format("deputy governor"))["Kapan"] != "Robert Ghukasyan"


def test_the_former_governor_is_not_the_governor_named():
    assert _claims("The governor of Syunik, Robert Ghukasyan, toured the villages on Monday.\n"
                   + HOUSES.format("former governor"))["Kapan"] != "Robert Ghukasyan"


def test_two_governors_named_leave_the_governor_unnamed():
    text = ("The governor of Syunik, Robert Ghukasyan, toured the villages on Monday.\n"
            "The governor of Vayots Dzor, Ararat Grigoryan, visited Jermuk.\n"
            "Ten houses in Jermuk were damaged, the governor said.")
    assert {e["claimed_by"] for e in extract_text(text, DAY) if e["layer"] == "shelling"} == {
        "local officials (regional governor)"}


def test_a_central_bank_governor_is_no_regional_head():
    assert _claims("The governor of the Central Bank, Martin Galstyan, spoke in Yerevan on Monday.\n"
                   + HOUSES.format("governor"))["Kapan"] == "local officials (regional governor)"


def test_a_province_s_governor_named_then_the_governor_said():
    assert _claims("Syunik's governor, Robert Ghukasyan, toured the villages on Monday.\n"
                   + HOUSES.format("governor")) == {"Kapan": "Robert Ghukasyan"}


def test_the_regional_governor_named_then_the_governor_said():
    assert _claims("The regional governor, Robert Ghukasyan, toured the villages on Monday.\n"
                   + HOUSES.format("governor")) == {"Kapan": "Robert Ghukasyan"}


def test_a_district_s_governor_named_then_the_governor_said():
    assert _claims("The governor of Lachin district, Mashhur Mammadov, met officers on Monday.\n"
                   "Armenian units fired on Lachin, the governor said.") == {"Lachin": "Mashhur Mammadov"}


# an official named after a day and a title, then "He said"

SCHOOL = "\nHe said shells had hit a school in Sisian."


def test_a_monastery_named_after_a_day_is_no_speaker():
    assert _claims("On Monday the monastery of Tatev, Saint Gregory, was shelled." + SCHOOL)["Sisian"] == ""


def test_a_church_of_a_town_named_is_no_speaker():
    assert _claims("The church of Goris, Saint Hripsime, was damaged." + SCHOOL)["Sisian"] == ""


def test_a_day_and_a_comma_then_the_mayor_named_is_the_speaker():
    assert _claims("On Monday, the mayor of Goris, Arush Arushanyan, gave the agency his figures.\n"
                   "He said twelve houses in Tegh had been damaged by the shelling.") == {"Tegh": "Arush Arushanyan"}


# the firers' own targets

def test_their_targets_included_army_positions_around_a_village():
    assert _layers("Their targets included Armenian army positions around Sotk, the ministry said.") == {
        "Sotk": "shelling"}


def test_trading_positions_as_a_bank_s_targets_are_no_fire():
    assert _layers("The investors said their targets were trading positions in Goris.") == {"Goris": "other"}


def test_new_positions_in_a_market_as_a_team_s_targets_are_no_fire():
    assert _layers("The sales team said their targets were new positions in the Goris market.")["Goris"] == "other"


def test_smuggling_units_as_police_targets_are_no_fire():
    assert _layers("The police said their targets were smuggling units operating near Goris.") == {"Goris": "other"}


def test_soldiers_returning_home_as_a_charity_s_targets_are_no_fire():
    assert _layers("The charity said its targets were soldiers returning home to Goris.") == {"Goris": "other"}


def test_hospital_units_as_targets_are_no_fire():
    assert _layers("Its targets were units of the Goris hospital that had fallen behind on vaccinations.") == {
        "Goris": "other"}


# the fire, with something set off between, aimed at a place

def test_fire_with_how_long_it_lasted_set_off_aimed_at_positions():
    assert _layers("The fire, which lasted about an hour, was aimed at Armenian positions near Sotk.") == {
        "Sotk": "shelling"}


def test_fire_with_its_teller_set_off_directed_at_a_village():
    assert _layers("The fire, according to the ministry, was directed at the village of Tegh.") == {
        "Tegh": "shelling"}


def test_a_blaze_fanned_by_winds_directed_towards_a_village_is_no_fire():
    assert _layers("The fire, fanned by strong winds, was directed towards the village of Tegh.") == {"Tegh": "other"}


def test_a_blaze_set_by_arsonists_aimed_at_offices_is_no_fire():
    assert _layers("The fire, set by arsonists, was aimed at the offices of the Goris council.") == {"Goris": "other"}


def test_a_cannon_firing_on_a_day_from_a_spot_near_houses():
    assert _layers("A video shows an Azerbaijani cannon firing late on Thursday from a spot a few dozen metres from "
                   "the houses of Sotk.") == {"Sotk": "shelling"}


def test_the_deputy_mayor_named_is_still_the_deputy_mayor_who_speaks():
    text = ("Present were the councillors and the deputy mayor Karen Kocharyan.\n"
            "The deputy mayor said that shells had hit two houses in Tegh.")
    assert _claims(text) == {"Tegh": "Karen Kocharyan"}
