"""Places that only locate something, never the scene of an event. A notice of a community's own gathering to come
(a council's meeting, a service, an exam, an open day: "The parish council will meet in X on Thursday") and a local
team's or the writer's own visit to come ("We will be in Y on Monday") name no event; nor does a place named as the
seat of a local civilian service ("took the pensioners to the clinic in Z"). Each rule keeps the place when
the sentence tells harm or war there, and the gatherings of officials (commissions, ministers, leaders), funerals and
ceremonies stay events, as the annotated sets keep them."""

import pytest

from tests.helpers import rows


def places(text, gazetteer, published="2024-05-02"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


# a community's gathering to come, and the seat of a service: no place is read
NO_PLACE = [
    pytest.param("The parish council will meet in Ijevan on Thursday to plan the winter fair.",
                 id="a_councils_meeting_to_come"),
    pytest.param("A memorial service will be held at the old church in Goris on Sunday.",
                 id="a_service_to_come"),
    pytest.param("The beekeepers' cooperative will hold its open day in Sisian on 3 June.",
                 id="an_open_day_to_come"),
    pytest.param("The village school will hold its spring exams in Berd next week.",
                 id="an_exam_to_come"),
    pytest.param("We still meet on the second Friday of each month in a rented hall in Ganja.",
                 id="a_society_meeting_each_month"),
    pytest.param("A volunteer drove four pensioners to the clinic in Berd on Tuesday.",
                 id="the_clinic_a_driver_took_people_to"),
    pytest.param("Donations of rice may be left at the library in Vardenis until Friday.",
                 id="the_library_things_are_left_at"),
    pytest.param("The pharmacy in Sisian is open on Sundays until noon.",
                 id="a_pharmacy_s_opening_hours"),
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_a_gathering_to_come_or_a_service_s_seat_is_no_place(text, gazetteer):
    assert places(text, gazetteer) == set()


# the gatherings of officials stay events; a service told with harm, its own news or a patient's treatment, and war
# news told with the same words, keep the place
KEPT = [
    pytest.param("The border commissions will meet in Ijevan on Thursday.",
                 "Ijevan", id="a_meeting_of_commissions_stays_an_event"),
    pytest.param("The council will meet in Berd on Friday after Azerbaijani forces shelled the village school.",
                 "Berd", id="a_gathering_after_shelling"),
    pytest.param("Azerbaijani troops shelled the clinic in Berd on Tuesday night.",
                 "Berd", id="a_clinic_that_was_shelled"),
    pytest.param("Two of the wounded soldiers were taken to the hospital in Goris.",
                 "Goris", id="a_hospital_taking_in_the_wounded"),
    pytest.param("The released man was due to undergo surgery at a clinic in Yerevan.",
                 "Yerevan", id="treatment_at_a_clinic"),
    pytest.param("A diaspora fund opened a new clinic in Kapan on Monday.",
                 "Kapan", id="a_clinic_built_or_paid_for"),
    pytest.param("The health ministry said that the library in Sisian had reopened.",
                 "Sisian", id="a_clinic_reopened"),
    pytest.param("A requiem for the fallen will be held in Stepanakert on Sunday.",
                 "Stepanakert", id="a_gathering_for_the_fallen"),
    pytest.param("Azerbaijani troops took over the clinic in Hadrut on Tuesday.",
                 "Hadrut", id="a_clinic_taken_by_troops"),
    pytest.param("Azerbaijani forces seized the polyclinic in Hadrut, the ombudsman said.",
                 "Hadrut", id="a_polyclinic_seized_by_forces"),
    pytest.param("Families who fled Hadrut are sheltering in the House of Culture in Sisian.",
                 "Sisian", id="people_who_fled_sheltering_at_a_service"),
    pytest.param("The pharmacy in Stepanakert had no medicines left as the road stayed shut.",
                 "Stepanakert", id="a_pharmacy_empty_behind_a_shut_road"),
    pytest.param("The pharmacy in Stepanakert was empty after the road closed.",
                 "Stepanakert", id="a_pharmacy_empty_behind_a_closed_road"),
    pytest.param("Gunmen stormed the pharmacy in Askeran.",
                 "Askeran", id="a_pharmacy_stormed"),
    pytest.param("The workshop in Askeran was requisitioned by the army.",
                 "Askeran", id="a_workshop_requisitioned"),
    pytest.param("Power was cut at the clinic in Martakert for three days.",
                 "Martakert", id="a_clinic_without_power"),
    pytest.param("A convoy brought medicine to the clinic in Martakert.",
                 "Martakert", id="a_convoy_bringing_medicine_to_a_clinic"),
]


@pytest.mark.parametrize("text, kept", KEPT)
def test_the_place_is_kept(text, kept, gazetteer):
    assert kept in places(text, gazetteer)


def test_a_gathering_for_those_who_fled_keeps_their_home_not_the_meeting_s_town(gazetteer):
    got = places("The council will meet in Goris on Friday to plan where to house the families who fled Hadrut.",
                 gazetteer)
    assert "Hadrut" in got and "Goris" not in got, got


# a club's or a notice's own people named by their home: who they are, nothing happening there
OWN_PEOPLE_FROM = [
    pytest.param("Our speaker next month is a gardener from Ijevan who grows roses on a balcony.",
                 id="a_gardener_from_a_town"),
    pytest.param("Vardan, our handler from Kapan, will take the young hawks out on Sunday.",
                 id="our_handler_from_a_town"),
    pytest.param("This season the quiz team has a new player from Sisian who knows every capital.",
                 id="a_new_player_from_a_town"),
    pytest.param("Welcome to two brothers from Berd who joined the choir in March.",
                 id="two_brothers_from_a_town"),
    pytest.param("The darts team borrowed a ringer from Ijevan for the final and still lost.",
                 id="a_ringer_from_a_town"),
]


@pytest.mark.parametrize("text", OWN_PEOPLE_FROM)
def test_a_clubs_own_people_named_by_their_home_are_no_place(text, gazetteer):
    assert places(text, gazetteer) == set()


# the same people with harm told of the home, or with their home named again, keep it
OWN_PEOPLE_KEPT = [
    pytest.param("A gardener from Berd was wounded when shells hit the village on Monday.",
                 "Berd", id="a_gardener_wounded_at_home"),
    pytest.param("Our handler from Kapan was hurt when the town was shelled on Friday.",
                 "Kapan", id="a_handler_hurt_in_shelling_of_the_town"),
    pytest.param("A new player from Sisian was killed by shelling there last week.",
                 "Sisian", id="a_player_killed_there"),
]


@pytest.mark.parametrize("text, kept", OWN_PEOPLE_KEPT)
def test_own_people_with_harm_at_home_keep_the_place(text, kept, gazetteer):
    assert kept in places(text, gazetteer)


# a notice's letterhead: who issues it and the town it is issued from, at the top of the page
LETTERHEAD = [
    pytest.param("Green Valley Bee Farm, Ijevan - news for our customers, 4 May 2024\n\n"
                 "The new honey is in jars and the shop opens at nine.", "Ijevan", id="a_shop_s_letterhead_with_a_dash"),
    pytest.param("Tuesday 2 April 2024, from Narek Avetisyan, clock mender, Sisian\n\n"
                 "Dear customers, the spring round starts next week.", "Sisian", id="a_letter_s_sender_and_town"),
    pytest.param("Journal of the rowing boat Tsovak, Lake Sevan\n\n"
                 "We set off early and rowed for two hours.", "Lake Sevan", id="a_log_s_boat_and_water"),
]


@pytest.mark.parametrize("text, town", LETTERHEAD)
def test_a_letterhead_s_town_is_no_place(text, town, gazetteer):
    assert town not in places(text, gazetteer)


# a headline with war news ending with a town, and a letterhead's town shelled in the body, keep the place
LETTERHEAD_KEPT = [
    pytest.param("Shells hit houses overnight in Tavush, Berd\n\nTwo houses burned.", "Berd",
                 id="a_headline_of_shelling_ending_with_a_town"),
    pytest.param("Green Valley Bee Farm, Ijevan - news for our customers\n\n"
                 "Azerbaijani forces shelled Ijevan on Monday night and two of our hives burned.", "Ijevan",
                 id="the_letterhead_s_town_shelled_in_the_body"),
]


@pytest.mark.parametrize("text, kept", LETTERHEAD_KEPT)
def test_a_headline_or_the_body_keeps_the_town(text, kept, gazetteer):
    assert kept in places(text, gazetteer)


# a round's or a schedule's day, opened by the town the plan goes to, with no verb
SCHEDULE_ITEM = [
    pytest.param("Our delivery round this month:\n\nWednesday 8 May: Ijevan, the bakery and two private orders.",
                 "Ijevan", id="a_round_s_day_with_a_comma"),
    pytest.param("Our delivery round this month:\n\nFriday 10 May: Berd library (three boxes of books).",
                 "Berd", id="a_round_s_day_with_its_venue"),
]


@pytest.mark.parametrize("text, town", SCHEDULE_ITEM)
def test_a_schedule_s_town_is_no_place(text, town, gazetteer):
    assert town not in places(text, gazetteer)


# a chronology's day that tells what happened there keeps the place
SCHEDULE_KEPT = [
    pytest.param("Key dates:\n\nWednesday 8 May: Berd is shelled for the second night.", "Berd",
                 id="a_chronology_s_day_with_a_verb"),
    pytest.param("Key dates:\n\nFriday 10 May: Ijevan, shelled overnight, counts its wounded.", "Ijevan",
                 id="a_chronology_s_day_with_shelling"),
]


@pytest.mark.parametrize("text, kept", SCHEDULE_KEPT)
def test_a_chronology_s_day_keeps_the_town(text, kept, gazetteer):
    assert kept in places(text, gazetteer)


# a town's own club, shop or gathering named by the town: what it is, nothing happening in the town
TOWNS_OWN = [
    pytest.param("Thank you to the Goris pharmacy that gave us its last boxes of bandages.", "Goris",
                 id="the_town_s_pharmacy_thanked"),
    pytest.param("Our stall at the Sisian spring fair sold out of jam by noon.", "Sisian",
                 id="a_stall_at_the_town_s_fair"),
]


@pytest.mark.parametrize("text, town", TOWNS_OWN)
def test_a_towns_own_body_or_gathering_is_no_place(text, town, gazetteer):
    assert town not in places(text, gazetteer)


# the same with harm told, and the town's own news, keep the place
TOWNS_OWN_KEPT = [
    pytest.param("A shell hit the Goris pharmacy on Tuesday, wounding two.", "Goris", id="the_town_s_pharmacy_hit"),
    pytest.param("A drone struck the Goris hall on Tuesday, wounding two.", "Goris", id="the_town_s_hall_struck"),
]


@pytest.mark.parametrize("text, kept", TOWNS_OWN_KEPT)
def test_a_towns_own_body_under_fire_keeps_the_town(text, kept, gazetteer):
    assert kept in places(text, gazetteer)


# a ministry or a spokesman named by the town they speak from, telling news of another place
SPEAKER_SEAT = [
    pytest.param("A ministry spokesman in Baku added that the fall of Fuzuli had cut the main road south.", "Baku",
                 id="a_spokesman_s_town_telling_of_another"),
    pytest.param("The radio quoted the defence ministry's men in Tartar as saying there had been heavy fighting "
                 "near Talish.", "Tartar", id="a_ministry_quoted_from_its_town"),
]


@pytest.mark.parametrize("text, town", SPEAKER_SEAT)
def test_a_speaker_s_seat_is_no_place(text, town, gazetteer):
    got = places(text, gazetteer)
    assert town not in got and got, got


# the speaker's town with no other place told: the news is there
SPEAKER_SEAT_KEPT = [
    pytest.param("An ICRC spokesman in Baku said the convoy had been delayed.", "Baku", id="a_spokesman_alone"),
    pytest.param("A ministry spokesman in Tartar said shells had hit the town's market overnight.", "Tartar",
                 id="a_spokesman_telling_of_his_own_town"),
]


@pytest.mark.parametrize("text, kept", SPEAKER_SEAT_KEPT)
def test_a_speaker_s_own_town_keeps_it(text, kept, gazetteer):
    assert kept in places(text, gazetteer)


# a shop's van or a club's trip: where the run goes, no event there
ROUND_TO = [
    pytest.param("Orders are packed the same day and sent by the Friday van to Barda, Tartar and Yevlakh.",
                 {"Barda", "Tartar", "Yevlakh"}, id="a_shop_s_van_to_a_list_of_towns"),
    pytest.param("The choir's trip to the festival in Ijevan is planned for the second weekend of June.",
                 {"Ijevan"}, id="a_choir_s_trip_to_a_festival"),
]


@pytest.mark.parametrize("text, towns", ROUND_TO)
def test_a_van_s_or_a_trip_s_town_is_no_place(text, towns, gazetteer):
    assert not towns & places(text, gazetteer)


# the van hit on its way, or a bus stopped by a closed road, is news of the town
ROUND_TO_KEPT = [
    pytest.param("The Friday van to Tartar was hit by shelling on the road, and the driver was wounded.", "Tartar",
                 id="the_van_shelled"),
    pytest.param("The school bus to Berd has not run since troops closed the road.", "Berd",
                 id="a_bus_stopped_by_a_closed_road"),
]


@pytest.mark.parametrize("text, kept", ROUND_TO_KEPT)
def test_a_van_hit_or_a_bus_stopped_keeps_the_town(text, kept, gazetteer):
    assert kept in places(text, gazetteer)
