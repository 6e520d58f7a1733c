"""Review of the rules written from heldout124 and heldout125: where they must not reach.

A place that "has fallen" is the subject of the verb, not shells that have fallen near it, prices in it or trade with
it, nor a town fallen victim to something; armed men who broke into a place entered the place itself, not a house or a
building in it; troops that took a named bridge or pass took it, not the bridge they crossed on their way, the bus to an
airport or the road beyond a bridge, and reporters travelling with them took nothing; families who set off for a town
move there, not a team or doctors who work for refugees, nor villagers going to see or visit it; a place freed from
occupation is not one of "occupation-era prisons"; a railway junction's railway is the news when trains to it are; a
thing that recalls a fight (a shelling, a monument, an exhibition) claims nothing; an ordinal day is the month's day
only when the month opens the sentence, and not a day still to come of the month of publication; one of the writer's
people from a village keeps it when the border is told; residents who block the road near the entrance to their village
or near a post stay a blocking point there; soldiers standing on a road in a column, for a funeral or remembered for it,
are no post; weapons fired near a place in a salute or a celebration are no fire; a nation's adjective before
"municipality" names no town; and Armenia's State Committee for Refugees is Armenia's."""

import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text
from geo.extract.actors import canonical_actor

COMMITTEE = "Azerbaijani government (State Committee for Refugees and IDPs)"


def _rows(text, published):
    return extract_text(text, dt.date.fromisoformat(published))


def _layers(text, published, place):
    return [e["layer"] for e in _rows(text, published) if place in e["place"].split(";")]


def _kinds(text, published, place):
    return [e["kind"] for e in _rows(text, published) if place in e["place"].split(";")]


def _claimants(text, published, place):
    return [e["claimed_by"] for e in _rows(text, published) if place in e["place"].split(";")]


def _days(sentence, published):
    return {span.text: span.start for span in find_dates(sentence, dt.date.fromisoformat(published))}


# --- "has fallen" ------------------------------------------------------------------------------------------------

def test_shells_that_have_fallen_near_a_village_are_fire_there():
    text = "Shells have fallen near Tegh every night this week, the villagers said."
    assert _layers(text, "2020-12-20", "Tegh") == ["shelling"]


def test_rockets_that_have_fallen_around_a_village_are_fire_there():
    text = "Rockets have fallen around Tegh since Friday."
    assert _layers(text, "2020-12-20", "Tegh") == ["shelling"]


def test_trade_with_a_village_that_has_fallen_is_no_capture():
    text = "Trade with Tegh has fallen by half since Azerbaijani soldiers began firing at the village."
    assert _layers(text, "2020-12-20", "Tegh") == ["shelling"]


def test_a_village_fallen_victim_to_the_border_is_no_capture():
    text = "Shurnukh has fallen victim to the new border, and shots were fired at the village on Monday."
    assert _layers(text, "2020-12-20", "Shurnukh") == ["shelling"]


def test_the_number_of_children_in_a_village_that_has_fallen_is_no_capture():
    text = "The number of children in Tegh has fallen since the shelling began."
    assert "control" not in _kinds(text, "2020-12-20", "Tegh")


def test_a_village_fallen_asleep_is_no_capture():
    text = "Tegh has fallen asleep after a night of shelling."
    assert "control" not in _kinds(text, "2020-12-20", "Tegh")


def test_a_town_that_has_fallen_is_still_taken_beside_a_town_under_shelling():
    text = "Local radio says that Fuzuli has fallen this week and that Horadiz has been under shelling since Friday."
    assert _layers(text, "1993-09-04", "Fuzuli") == ["other"]
    assert _layers(text, "1993-09-04", "Horadiz") == ["shelling"]


def test_a_town_that_has_fallen_after_shelling_is_still_taken():
    text = "Kubatly has fallen after two days of shelling, the ministry said."
    assert _kinds(text, "1993-09-04", "Kubatly") == ["control"]


# --- broke into --------------------------------------------------------------------------------------------------

def test_soldiers_who_burst_into_a_mans_house_in_a_town_did_not_take_it():
    text = "The soldiers burst into Ahmed's house in Horadiz after midnight and arrested him."
    assert "control" not in _kinds(text, "1993-09-04", "Horadiz")


def test_soldiers_who_broke_into_a_villages_houses_did_not_take_it():
    text = "Azerbaijani soldiers broke into Shurnukh houses left on their side of the new border."
    assert "control" not in _kinds(text, "2020-12-20", "Shurnukh")


def test_forces_that_broke_into_a_town_after_a_barrage_still_fought_there():
    text = "Government forces broke into Horadiz after an artillery barrage on Thursday, the radio said."
    assert _layers(text, "1993-09-04", "Horadiz") == ["shelling"]


# --- took the X bridge -------------------------------------------------------------------------------------------

def test_soldiers_who_took_the_airport_bus_went_by_it():
    text = "Armenian soldiers took the Lachin airport bus to Stepanakert."
    assert _layers(text, "2020-10-19", "Lachin") == ["corridors"]


def test_troops_who_took_a_bridge_and_the_road_beyond_went_that_way():
    text = "The troops took the Hakari bridge and the road beyond it towards Lachin."
    assert _layers(text, "2020-10-19", "Hakari") == ["corridors"]


def test_soldiers_who_took_a_pass_on_their_way_home_did_not_capture_it():
    text = "Wounded soldiers took the Sotk pass on their way home to Vardenis."
    assert "control" not in _kinds(text, "2020-10-19", "Sotk")


def test_soldiers_who_took_a_bridge_to_cross_did_not_capture_it():
    text = "The soldiers took the Hakari bridge to cross into Lachin, the ministry said."
    assert "control" not in _kinds(text, "2020-10-19", "Hakari")


def test_reporters_travelling_with_troops_took_no_bridge():
    text = "Reporters travelling with the troops took the Hakari bridge into Lachin on Monday."
    assert "control" not in _kinds(text, "2020-10-19", "Hakari")


def test_soldiers_who_took_named_bridges_over_a_river_still_captured_them():
    text = ("The agency adds that the same day the soldiers took the railway station and the Khudafarin bridges over "
            "the Araz.")
    assert _layers(text, "2020-10-19", "Khudafarin") == ["other"]


def test_troops_that_took_named_bridges_on_a_day_still_captured_them():
    text = "Azerbaijani troops took the Khudafarin bridges on Sunday, the president said."
    assert [e["kind"] for e in _rows(text, "2020-10-19")] == ["control"]


# --- set off for -------------------------------------------------------------------------------------------------

def test_a_team_that_helps_refugees_setting_off_is_on_the_route():
    text = ("A Red Cross team that helps refugees set off for Stepanakert on Monday, but was stopped at the Hakari "
            "checkpoint.")
    assert _layers(text, "2023-04-12", "Stepanakert") == ["corridors"]


def test_doctors_treating_refugees_setting_off_are_on_the_route():
    text = "The doctors treating the refugees set off for Goris on Monday."
    assert _layers(text, "2023-04-12", "Goris") == ["corridors"]


def test_villagers_setting_off_to_see_a_village_are_on_the_route():
    text = "Villagers set off towards Tegh on foot to see the new border posts."
    assert _layers(text, "2023-04-12", "Tegh") == ["corridors"]


def test_families_setting_off_to_visit_graves_are_on_the_route():
    text = "Families who fled Shusha in 1992 set off for the town on Monday to visit their graves."
    assert _layers(text, "2023-04-12", "Shusha") == ["corridors"]


def test_families_setting_off_for_new_houses_still_move_there():
    text = "On Monday forty families set off for Aghdam, where new houses have been built for them."
    assert _layers(text, "2023-04-12", "Aghdam") == ["other"]


# --- freed from occupation ---------------------------------------------------------------------------------------

def test_hostages_freed_from_occupation_era_prisons_took_no_town():
    text = "Hostages freed from occupation-era prisons in Aghdam told their stories."
    assert "control" not in _kinds(text, "2017-07-20", "Aghdam")


def test_a_village_freed_from_armenian_occupation_is_still_liberated():
    text = "The agency writes that Jojug Marjanli was freed from Armenian occupation in 2016."
    assert _kinds(text, "2017-07-20", "Jojug Marjanli") == ["control"]


# --- a railway junction ------------------------------------------------------------------------------------------

def test_trains_that_no_longer_run_to_a_junction_are_route_news():
    text = "Trains no longer run to Kurdamir, the railway junction on the line to the west."
    assert _layers(text, "1993-07-01", "Kurdamir") == ["corridors"]


def test_a_junction_back_in_government_hands_is_still_no_route():
    text = ("The ministry said that Kurdamir, the railway junction on the line to the west, was back in "
            "government hands after the rebels pulled out.")
    assert _layers(text, "1993-07-01", "Kurdamir") == ["other"]


# --- recalled the fighting ---------------------------------------------------------------------------------------

def test_a_shelling_that_recalled_old_battles_claims_nothing():
    text = "The shelling of Tegh on Monday recalled the battles of the 1990s."
    assert _claimants(text, "2021-03-02", "Tegh") == [""]


def test_a_monument_that_remembers_the_fighting_claims_nothing():
    text = "A monument in Goris remembers the fighting at Shusha in 1992."
    assert _claimants(text, "2021-03-02", "Goris") == [""]


def test_an_exhibition_that_remembers_those_killed_claims_nothing():
    text = "The exhibition in Goris remembers those killed in the shelling of Kapan."
    assert _claimants(text, "2021-03-02", "Kapan") == [""]


def test_a_paper_that_recalled_a_shelling_after_it_is_told_still_claims_it():
    text = "Shells hit Tegh twice that spring, the paper recalled."
    assert _claimants(text, "2021-03-02", "Tegh") == ["paper"]


def test_a_named_man_who_recalled_the_shelling_still_claims_it():
    text = "On Monday Narek Avagyan recalled the shelling of Tegh in the autumn."
    assert _claimants(text, "2021-03-02", "Tegh") == ["Narek Avagyan"]


# --- the ordinal day after a month --------------------------------------------------------------------------------

def test_the_3rd_after_a_month_told_of_the_post_is_the_latest_3rd():
    days = _days("The post, opened in February, was shelled on the 3rd.", "2022-09-10")
    assert days["on the 3rd"] == dt.date(2022, 9, 3)


def test_the_8th_after_a_month_the_villagers_fled_in_is_the_latest_8th():
    days = _days("Villagers who fled in July came back on the 8th.", "2022-09-10")
    assert days["on the 8th"] == dt.date(2022, 9, 8)


def test_the_4th_after_a_month_a_truce_was_agreed_in_is_the_latest_4th():
    days = _days("The ceasefire agreed in May was broken on the 4th, when shells hit Tegh.", "2022-09-10")
    assert days["on the 4th"] == dt.date(2022, 9, 4)


def test_the_23rd_after_a_month_opening_the_sentence_is_that_months():
    days = _days("In February soldiers set up a post near Tegh; on the 23rd they were shelled.", "2022-09-10")
    assert days["on the 23rd"] == dt.date(2022, 2, 23)


def test_a_day_still_to_come_of_the_month_of_publication_is_the_latest_such_day():
    days = _days("In March the post near Tegh was shelled, on the 5th.", "2021-03-02")
    assert days["on the 5th"] == dt.date(2021, 2, 5)


def test_a_day_after_a_month_still_to_come_is_that_months():
    days = _days("In September the ministry will open a new post, on the 25th.", "2021-03-02")
    assert days["on the 25th"] == dt.date(2021, 9, 25)


def test_the_5th_after_then_in_march_is_marchs():
    days = _days("Then in March the post was shelled again, on the 5th.", "2022-09-10")
    assert days["on the 5th"] == dt.date(2022, 3, 5)


# --- our people from a village ------------------------------------------------------------------------------------

def test_our_student_who_lost_her_house_to_the_border_keeps_her_village():
    text = "Our student from Shurnukh lost her house when the new border was drawn in December."
    assert _layers(text, "2021-03-02", "Shurnukh")


def test_my_neighbour_whose_village_the_border_crosses_keeps_it():
    text = ("My neighbour from Tegh has not been able to visit his fields since the border was drawn through the "
            "village.")
    assert _layers(text, "2021-03-02", "Tegh")


def test_our_member_who_baked_bread_is_still_only_described():
    assert not _layers("Our member from Tegh baked the bread for the concert.", "2021-03-02", "Tegh")


def test_my_neighbour_who_sells_cheese_is_still_only_described():
    text = "My neighbour from Tegh, who is a farmer, sells his cheese at the market on Saturdays."
    assert not _layers(text, "2021-03-02", "Tegh")


# --- residents blocking the road near a thing of their town -------------------------------------------------------

def test_residents_blocking_the_road_near_the_entrance_to_their_village_are_a_blocking_point():
    text = "On Sunday residents of Tegh blocked the road near the entrance to the village."
    assert _layers(text, "2021-03-02", "Tegh") == ["checkpoints"]


def test_residents_blocking_the_road_near_their_towns_entrance_are_a_blocking_point():
    text = "On Sunday residents of Kapan blocked the road near the town's entrance."
    assert _layers(text, "2021-03-02", "Kapan") == ["checkpoints"]


def test_villagers_blocking_the_highway_near_a_post_are_a_blocking_point():
    text = "On Sunday villagers of Shurnukh blocked the highway near the new Azerbaijani post."
    assert _layers(text, "2021-03-02", "Shurnukh") == ["checkpoints"]


def test_residents_blocking_the_road_near_the_customs_post_are_a_blocking_point():
    text = "On Sunday residents of Kornidzor blocked the road near the customs post."
    assert _layers(text, "2021-03-02", "Kornidzor") == ["checkpoints"]


def test_residents_closing_the_road_near_the_border_are_a_blocking_point():
    text = "On Sunday residents of Tegh closed the road near the border, where Azerbaijani soldiers had set up a post."
    assert _layers(text, "2021-03-02", "Tegh") == ["checkpoints"]


def test_residents_blocking_the_road_near_their_towns_hospital_still_cut_it():
    text = "On Sunday residents of Goris blocked the road near the town's hospital."
    assert _layers(text, "2021-03-02", "Goris") == ["corridors"]


def test_residents_blocking_the_highway_near_their_homes_still_cut_it():
    text = "On Sunday residents of Goris blocked the highway near their homes for three hours."
    assert _layers(text, "2021-03-02", "Goris") == ["corridors"]


# --- soldiers standing on a road ----------------------------------------------------------------------------------

def test_troops_standing_on_the_road_in_a_column_are_no_post():
    text = "Armenian troops stood on the road near Kornidzor in a long column, waiting to withdraw."
    assert "checkpoints" not in _layers(text, "2021-03-02", "Kornidzor")


def test_soldiers_remembered_for_standing_on_a_road_long_ago_are_no_post():
    text = "Soldiers who stood on the road to Shusha in 1992 are remembered by a plaque in Stepanakert."
    found = {e["place"]: e["layer"] for e in _rows(text, "2021-03-02")}
    assert "checkpoints" not in found.values()


def test_soldiers_standing_on_the_road_to_salute_a_funeral_are_no_post():
    text = "Soldiers standing on the road near Tegh saluted the funeral procession on Sunday."
    assert "checkpoints" not in _layers(text, "2021-03-02", "Tegh")


def test_soldiers_standing_on_the_highway_stopping_lorries_are_still_a_post():
    text = "Our soldiers stood on the highway at Shurnukh and would not let the lorries pass."
    assert _layers(text, "2021-03-02", "Shurnukh") == ["checkpoints"]


def test_soldiers_standing_on_the_road_checking_documents_are_still_a_post():
    text = "Azerbaijani soldiers now stand on the road between Goris and Kapan, checking documents."
    assert _layers(text, "2021-03-02", "Goris") == ["checkpoints"]


# --- weapons fired near a place -----------------------------------------------------------------------------------

def test_rifles_fired_near_a_memorial_in_a_salute_are_no_fire():
    text = "Soldiers fired rifles near the memorial in Stepanakert in a salute to the fallen on Sunday."
    assert "shelling" not in _layers(text, "2021-03-02", "Stepanakert")


def test_guns_fired_near_a_town_at_a_wedding_are_no_fire():
    text = "Wedding guests fired guns near Goris to celebrate, and the police detained two men."
    assert "shelling" not in _layers(text, "2021-03-02", "Goris")


def test_weapons_fired_near_a_village_at_night_are_still_fire():
    text = "The soldiers fired weapons near Tegh on Sunday night, the ministry said."
    assert _layers(text, "2021-03-02", "Tegh") == ["shelling"]


def test_guns_fired_between_posts_as_a_warning_are_still_fire():
    text = "The soldiers fired guns between the two posts near Tegh as a warning to the shepherds."
    assert _layers(text, "2021-03-02", "Tegh") == ["shelling"]


# --- a named town's seat ------------------------------------------------------------------------------------------

def test_an_armenian_municipality_names_no_town():
    text = "On Sunday shells hit Tegh, the Armenian municipality said."
    assert _claimants(text, "2021-03-02", "Tegh") == ["local officials"]


def test_an_azerbaijani_town_hall_names_no_town():
    text = "On Sunday shells hit Tegh, the Azerbaijani town hall said."
    assert _claimants(text, "2021-03-02", "Tegh") == ["local officials"]


def test_a_named_municipality_still_keeps_its_town():
    text = "On Sunday a new flag was raised in Shurnukh, the Kapan municipality said."
    assert _claimants(text, "2021-03-02", "Shurnukh") == ["local officials (Kapan municipality)"]


# --- the refugees committee ---------------------------------------------------------------------------------------

def test_the_state_committee_for_refugees_of_armenia_is_armenias():
    assert canonical_actor("State Committee for Refugees of Armenia").startswith("Armenian")


def test_the_state_committee_for_refugees_of_azerbaijan_is_still_the_committee():
    assert canonical_actor("State Committee for Refugees of the Republic of Azerbaijan") == COMMITTEE
