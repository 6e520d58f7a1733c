"""Sentences where the 76r rules misfired: a one-off trip read as a living ("volunteers who drove aid lorries to
Stepanakert on Friday were turned back", "soldiers who drove trucks to Shusha"), a place of a later clause read as
the route's town ("hauliers running goods to Yerevan say the police in Goris turned them back", "drivers who usually
run to Kapan said the police in Goris now stop every lorry", "residents who usually run to the cellars of Martuni"),
the quote's speaker named by the route before the verb ("Aram Sargsyan, who drives a lorry between Sisian and Kapan,
said ..."); the narrator's start told as captured or burnt ("I came back from Talish, which Azerbaijani troops had
captured"), a journey hit on the way ("we drove from Goris to Kapan and our car was hit by a drone on the way"), and
starts the rule did not read: a second start ("I came back from Goris and Sisian"), "I was driving from", "we were
coming back from", "we drove back from" and "I flew back from"."""

from tests.helpers import place_layers, waypoint_layers

DAY = "2021-10-01"


def test_volunteers_who_drove_aid_lorries_on_one_day_made_a_trip_not_a_living(gazetteer):
    text = "Volunteers who drove aid lorries to Stepanakert on Friday were turned back at the checkpoint."
    assert "Stepanakert" in place_layers(text, gazetteer, DAY)
    text = "Volunteers who drove aid lorries to Stepanakert were turned back at the checkpoint."
    assert "Stepanakert" in place_layers(text, gazetteer, DAY)


def test_soldiers_who_drove_trucks_to_a_town_made_a_trip(gazetteer):
    text = "Soldiers who drove trucks to Shusha on Monday found the town empty."
    assert "Shusha" in place_layers(text, gazetteer, "2020-11-05")


def test_a_past_route_with_its_years_is_still_a_living(gazetteer):
    text = "Our driver, who drove lorries between Meghri and Yerevan for ten years, knows every bend."
    places = place_layers(text, gazetteer, DAY)
    assert "Meghri" not in places and "Yerevan" not in places


def test_a_place_of_a_later_clause_is_not_the_route_s_town(gazetteer):
    assert "Goris" in place_layers("Hauliers running goods to Yerevan say the police in Goris turned them back.",
                                   gazetteer, DAY)
    assert "Goris" in place_layers("Drivers who usually run to Kapan said the police in Goris now stop every lorry.",
                                   gazetteer, DAY)


def test_residents_who_run_to_the_cellars_of_a_town_are_no_route(gazetteer):
    text = "Residents who usually run to the cellars of Martuni when sirens sound stayed at home."
    assert place_layers(text, gazetteer, "2020-10-20")


def test_the_speaker_named_by_the_route_before_the_verb_is_left_as_it_was(gazetteer):
    for verb in ("said", "told us"):
        text = f"Aram Sargsyan, who drives a lorry between Sisian and Kapan, {verb} the road was quiet."
        found = waypoint_layers(text, gazetteer, DAY)
        assert "Sisian" in found and "Kapan" in found


def test_the_narrator_s_start_told_as_captured_or_burnt_stays(gazetteer):
    text = "I came back from Talish, which Azerbaijani troops had captured the day before."
    assert "Talish" in place_layers(text, gazetteer, "2020-10-20")
    text = "We returned from Hadrut, where dozens of houses had been burned."
    assert "Hadrut" in place_layers(text, gazetteer, "2020-10-20")


def test_a_journey_hit_on_the_way_keeps_its_start(gazetteer):
    text = "We drove from Goris to Kapan and our car was hit by a drone on the way."
    assert "Goris" in waypoint_layers(text, gazetteer, DAY)
    text = "We drove from Ijevan to Berd under fire."
    assert "Ijevan" in waypoint_layers(text, gazetteer, DAY)


def test_a_second_start_of_the_narrator_s_journey_goes_too(gazetteer):
    text = "I came back from Goris and Sisian on Sunday and saw nothing unusual."
    places = place_layers(text, gazetteer, DAY)
    assert "Goris" not in places and "Sisian" not in places


def test_the_narrator_s_start_in_other_forms_goes(gazetteer):
    assert "Goris" not in waypoint_layers("I was driving from Goris to Kapan on Monday and saw a long queue.",
                                          gazetteer, DAY)
    assert "Ijevan" not in place_layers("We were coming back from Ijevan when we met the convoy.", gazetteer, DAY)
    assert "Kapan" not in place_layers("We drove back from Kapan on Sunday and saw nothing unusual.", gazetteer, DAY)
    assert "Baku" not in place_layers("I flew back from Baku on Monday.", gazetteer, DAY)
