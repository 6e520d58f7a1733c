"""Places that only locate something, never the scene of an event. A notice of a community's own gathering to come
(a council's meeting, a service, an exam, an open day: "The parish council will meet in X on Thursday") and a local
team's or the writer's own visit to come ("We will be in Y on Monday") name no event; nor does a place named as the
seat of a local civilian service ("took the pensioners to the clinic in Z"). Each rule keeps the place when
the sentence tells harm or war there, and the gatherings of officials (commissions, ministers, leaders), funerals and
ceremonies stay events, as the annotated sets keep them."""

from tests.helpers import rows


def places(text, gazetteer, published="2024-05-02"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


# --- a community's gathering to come


def test_a_councils_meeting_to_come_is_no_place(gazetteer):
    assert places("The parish council will meet in Ijevan on Thursday to plan the winter fair.", gazetteer) == set()
    assert places("A memorial service will be held at the old church in Goris on Sunday.", gazetteer) == set()


def test_an_open_day_or_an_exam_to_come_is_no_place(gazetteer):
    assert places("The beekeepers' cooperative will hold its open day in Sisian on 3 June.", gazetteer) == set()
    assert places("The village school will hold its spring exams in Berd next week.", gazetteer) == set()


def test_a_society_meeting_each_month_is_no_place(gazetteer):
    assert places("We still meet on the second Friday of each month in a rented hall in Ganja.", gazetteer) == set()


def test_a_meeting_of_commissions_stays_an_event(gazetteer):
    assert "Ijevan" in places("The border commissions will meet in Ijevan on Thursday.", gazetteer)


def test_a_gathering_after_shelling_keeps_the_place(gazetteer):
    assert "Berd" in places("The council will meet in Berd on Friday after Azerbaijani forces shelled the village "
                            "school.", gazetteer)


# --- the seat of a service


def test_the_clinic_a_driver_took_people_to_is_no_place(gazetteer):
    assert places("A volunteer drove four pensioners to the clinic in Berd on Tuesday.", gazetteer) == set()
    assert places("Donations of rice may be left at the library in Vardenis until Friday.", gazetteer) == set()
    assert places("The pharmacy in Sisian is open on Sundays until noon.", gazetteer) == set()


def test_a_clinic_that_was_shelled_keeps_the_place(gazetteer):
    assert "Berd" in places("Azerbaijani troops shelled the clinic in Berd on Tuesday night.", gazetteer)


def test_a_hospital_taking_in_the_wounded_keeps_the_place(gazetteer):
    assert "Goris" in places("Two of the wounded soldiers were taken to the hospital in Goris.", gazetteer)


def test_treatment_at_a_clinic_keeps_the_place(gazetteer):
    assert "Yerevan" in places("The released man was due to undergo surgery at a clinic in Yerevan.", gazetteer)


def test_a_clinic_built_or_paid_for_keeps_the_place(gazetteer):
    assert "Kapan" in places("A diaspora fund opened a new clinic in Kapan on Monday.", gazetteer)


def test_a_clinic_reopened_keeps_the_place(gazetteer):
    assert "Sisian" in places("The health ministry said that the library in Sisian had reopened.", gazetteer)


# --- war news told with the same words keeps the place


def test_a_gathering_for_the_fallen_or_for_those_who_fled_keeps_the_place(gazetteer):
    assert "Stepanakert" in places("A requiem for the fallen will be held in Stepanakert on Sunday.", gazetteer)
    got = places("The council will meet in Goris on Friday to plan where to house the families who fled Hadrut.",
                 gazetteer)
    assert "Hadrut" in got and "Goris" not in got, got


def test_a_clinic_taken_by_troops_keeps_the_place(gazetteer):
    assert "Hadrut" in places("Azerbaijani troops took over the clinic in Hadrut on Tuesday.", gazetteer)
    assert "Hadrut" in places("Azerbaijani forces seized the polyclinic in Hadrut, the ombudsman said.", gazetteer)


def test_people_who_fled_sheltering_at_a_service_keep_the_place(gazetteer):
    assert "Sisian" in places("Families who fled Hadrut are sheltering in the House of Culture in Sisian.", gazetteer)


def test_a_pharmacy_empty_behind_a_shut_road_keeps_the_place(gazetteer):
    text = "The pharmacy in Stepanakert had no medicines left as the road stayed shut."
    assert "Stepanakert" in places(text, gazetteer)
