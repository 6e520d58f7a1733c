"""Sentences worded unlike the sets the latest rules were written from: one resident named by his village, a
document's list going on, villages located by their district's town, and the roads of a region shut."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 3, 15)


def _events(text, gazetteer, day=DAY):
    return extract_text(text, day, gazetteer, source="test")


def _claims(text, gazetteer):
    return {(e["place"], e["claimed_by"]) for e in _events(text, gazetteer)}


def _layers(text, gazetteer):
    return {e["place"]: e["layer"] for e in _events(text, gazetteer)}


# one resident named by his village: not a capital's resident, nor one of several speaking together

def test_a_resident_of_a_capital_is_plain_residents(gazetteer):
    assert _claims("A resident of Baku said that Armenian shells hit Tartar on Monday.", gazetteer) \
        == {("Tartar", "residents")}


def test_a_resident_of_yerevan_with_more_words(gazetteer):
    assert _claims("A resident of Yerevan who has relatives in Sotk said drones struck Sotk on Tuesday.", gazetteer) \
        == {("Sotk", "residents")}


def test_two_residents_of_two_villages(gazetteer):
    assert _claims("A resident of Sotk and a resident of Norabak told the agency that drones struck Sotk on Tuesday.",
                   gazetteer) == {("Sotk", "residents")}


def test_residents_and_one_resident(gazetteer):
    claims = _claims("Residents of Norabak and a resident of Sotk told the agency that drones struck Sotk on Tuesday.",
                     gazetteer)
    assert ("Sotk", "residents") in claims


def test_one_resident_along_with_another(gazetteer):
    assert _claims("A resident of Sotk, along with a resident of Norabak, told the agency that drones struck Sotk "
                   "on Tuesday.", gazetteer) == {("Sotk", "residents")}


def test_one_resident_of_the_village_struck_keeps_his_village(gazetteer):
    assert _claims("Shots were fired at Tegh on Monday, a local resident of Tegh told Azatutyun.", gazetteer) \
        == {("Tegh", "residents (Tegh resident)")}


def test_a_resident_of_another_village_keeps_his_village(gazetteer):
    assert _claims("A resident of Kutakan told news.am that Azerbaijani troops fired on Sotk overnight.", gazetteer) \
        == {("Sotk", "residents (Kutakan resident)")}


# "the same statement named ...": only a sentence that names places and nothing else carries the fire before it

FIRE = "The defence ministry in Baku said Armenian units fired on its positions near Tartar on Monday night. "


def test_the_same_statement_named_places_for_an_evacuation(gazetteer):
    layers = _layers(FIRE + "The same statement named Barda and Aghjabadi as places where civilians were evacuated.",
                     gazetteer)
    assert layers["Barda"] == layers["Aghjabadi"] == "other"


def test_the_same_statement_listed_districts_with_schools_shut(gazetteer):
    layers = _layers(FIRE + "The same statement listed Barda and Aghjabadi among the districts where schools remain "
                     "closed.", gazetteer)
    assert layers["Barda"] == layers["Aghjabadi"] == "other"


def test_the_same_statement_mentioned_a_meeting(gazetteer):
    assert _layers(FIRE + "The same statement mentioned a meeting in Barda on Tuesday.", gazetteer)["Barda"] == "other"


def test_the_same_statement_cited_people_who_fled(gazetteer):
    layers = _layers(FIRE + "The same statement cited residents of Barda who fled to Yevlakh.", gazetteer)
    assert layers["Barda"] == layers["Yevlakh"] == "other"


def test_the_same_statement_mentioned_a_hospital_town(gazetteer):
    assert _layers(FIRE + "The same statement mentioned Barda, whose hospital received the wounded.",
                   gazetteer)["Barda"] == "other"


def test_the_same_statement_named_places_as_well(gazetteer):
    layers = _layers(FIRE + "The same statement named Barda as well as Aghjabadi.", gazetteer)
    assert layers["Barda"] == layers["Aghjabadi"] == "shelling"


def test_the_same_statement_listed_places_and_where_they_lie(gazetteer):
    layers = _layers(FIRE + "The same report listed Barda and Aghjabadi further east, away from the front line.", gazetteer)
    assert layers["Barda"] == layers["Aghjabadi"] == "shelling"


def test_the_same_statement_in_the_next_paragraph(gazetteer):
    layers = _layers(FIRE + "\n\nThe same statement also mentioned Barda.", gazetteer)
    assert layers["Barda"] == "shelling"


# a district's town after a name locates a village only after a place word, a report's list or villages including it

def test_a_person_named_in_a_town(gazetteer):
    assert _layers("The government named Aydin Karimov in Shusha as its special envoy on Monday.", gazetteer) \
        == {"Shusha": "other"}


def test_soldiers_including_two_by_their_first_names(gazetteer):
    assert set(_layers("Two soldiers were wounded in mine blasts on Monday, including Elvin in Kalbajar and Rauf in "
                       "Lachin.", gazetteer)) == {"Kalbajar", "Lachin"}


def test_a_company_named_in_a_town(gazetteer):
    assert set(_layers("The agency named Azersu in Kalbajar among its contractors.", gazetteer)) == {"Kalbajar"}


def test_a_ministry_listed_villages_in_a_district(gazetteer):
    assert _layers("The ministry listed Zorbulaq and Dashlytepe in Kalbajar among the places hit on Monday.",
                   gazetteer) == {"Zorbulaq": "shelling", "Dashlytepe": "shelling"}


def test_villages_including_one_in_a_district(gazetteer):
    assert _layers("Schools were reopened in several villages on Monday, including Zorbulaq in Kalbajar.",
                   gazetteer) == {"Zorbulaq": "other"}


def test_a_report_listed_two_villages_and_their_towns(gazetteer):
    assert set(_layers("A ministry statement listed Zorbulaq in Kalbajar and Dashlytepe in Lachin among the villages "
                       "shelled on Monday.", gazetteer)) == {"Zorbulaq", "Dashlytepe"}


def test_a_real_event_in_the_town_after_the_list(gazetteer):
    assert set(_layers("The list named Zorbulaq and Dashlytepe in Kalbajar, and a mine exploded in Kalbajar on "
                       "Tuesday.", gazetteer)) == {"Zorbulaq", "Dashlytepe", "Kalbajar"}


def test_shelling_in_two_towns(gazetteer):
    assert _layers("Shells fell in Lachin and in Kalbajar on Monday.", gazetteer) \
        == {"Lachin": "shelling", "Kalbajar": "shelling"}


# the roads of a region blocked or closed: not roads left open, nor roads only threatened

FRIDAY = datetime.date(2024, 5, 27)


def _region_layers(text, gazetteer):
    return {e["place"]: e["layer"] for e in _events(text, gazetteer, FRIDAY)}


def test_roads_not_closed_in_a_region(gazetteer):
    assert "Tavush" not in _region_layers("Roads were not closed in the Tavush region despite the protests on Friday.",
                                          gazetteer)


def test_no_roads_blocked_in_a_region(gazetteer):
    assert "Tavush" not in _region_layers("No roads were blocked in the Tavush region on Friday, police said.",
                                          gazetteer)


def test_protesters_threatened_to_block_roads(gazetteer):
    assert "Tavush" not in _region_layers("Protesters threatened to block roads in the Tavush region on Friday.",
                                          gazetteer)


def test_a_call_to_block_roads(gazetteer):
    assert "Tavush" not in _region_layers("Opposition leaders called on supporters to block roads in the Tavush region.",
                                          gazetteer)


def test_roads_closed_by_snow_in_a_province(gazetteer):
    assert _region_layers("Roads were closed in the Syunik province on Friday because of heavy snow.", gazetteer) \
        == {"Syunik": "corridors"}          # a road closed, whatever closed it


def test_protesters_have_been_blocking_roads(gazetteer):
    assert _region_layers("Protesters have been blocking roads in the Tavush region since Monday.", gazetteer) \
        == {"Tavush": "corridors"}
