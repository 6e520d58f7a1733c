"""Sentences worded otherwise than the sets the latest rules came from: where those rules must fire, and where they
must not."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer, published=datetime.date(2023, 3, 14)):
    return {p: e for e in extract_text(text, published, gazetteer) for p in e["place"].split(";")}


# --- a news report set under a roundup's heading is told; a club's line is not -------------------------------------

def test_a_news_report_under_a_festival_heading_is_told(gazetteer):
    e = _events("Festival news: The Kharibulbul music festival opened in Shusha on Friday for the first time since "
                "1989.", gazetteer)
    assert e["Shusha"]["layer"] == "other" and e["Shusha"]["start_date"] == "2023-03-10"


def test_a_train_arriving_under_a_deliveries_heading_is_told(gazetteer):
    e = _events("Deliveries: The first passenger train from Baku arrived in Horadiz on Saturday.", gazetteer)
    assert e["Horadiz"]["layer"] == "corridors" and e["Horadiz"]["start_date"] == "2023-03-11"


def test_a_school_reopened_under_a_school_heading_is_told(gazetteer):
    e = _events("School news: The first school in Fuzuli reopened on Monday after thirty years.", gazetteer)
    assert e["Fuzuli"]["start_date"] == "2023-03-13"


def test_a_first_since_the_war_under_a_club_heading_is_told(gazetteer):
    e = _events("Club news: the club's first game in Lachin since 1992 was played on Saturday.", gazetteer)
    assert e["Lachin"]["start_date"] == "2023-03-11"


def test_a_clubs_own_lines_still_tell_nothing(gazetteer):
    assert _events("Deliveries: the parcels for Ijevan go on the Tuesday van.", gazetteer) == {}
    assert _events("Show report: Anahit's cock took second place in Kapan in November.", gazetteer) == {}


# --- a move wished and then made ----------------------------------------------------------------------------------

def test_a_wished_move_made_in_the_same_sentence_is_told(gazetteer):
    e = _events("On Tuesday 40 families who had wanted to move to Lachin moved into new houses in the town.", gazetteer)
    assert e["Lachin"]["layer"] == "other" and e["Lachin"]["start_date"] == "2023-03-14"


def test_a_wished_move_alone_still_tells_nothing_there(gazetteer):
    e = _events("Many residents of Berd want to move to Yerevan after the shelling, the mayor said.", gazetteer)
    assert "Yerevan" not in e


# --- a person sent by the surname, other verbs ----------------------------------------------------------------------

def test_a_person_to_be_sent_by_the_surname(gazetteer):
    text = ("Hovhannes Tumanyan, the regional governor, met residents.\n"
            "The government decided on Monday to send Tumanyan to Kapan.")
    assert set(_events(text, gazetteer)) == {"Kapan"}


def test_a_person_assigned_by_the_surname(gazetteer):
    text = ("Hovhannes Tumanyan, the regional governor, met residents.\n"
            "On Monday the ministry assigned Tumanyan to Kapan to oversee the repairs.")
    assert set(_events(text, gazetteer)) == {"Kapan"}


def test_the_town_whose_people_a_blast_sent_fleeing_stays(gazetteer):
    text = ("Hovhannes Tumanyan, the regional governor, met residents.\n"
            "The blast on Monday sent Tumanyan residents fleeing to Alaverdi.")
    assert _events(text, gazetteer)["Tumanyan"]["layer"] == "shelling"


# --- troops coming into a place by a road named: their journey on it -----------------------------------------------

def test_troops_coming_in_along_a_named_road_keep_the_road(gazetteer):
    e = _events("A column of Russian troops came into Stepanakert on Tuesday along the road from Lachin.", gazetteer)
    assert e["Stepanakert"]["layer"] == "corridors", e


def test_troops_who_moved_in_and_cut_a_road_entered(gazetteer):
    e = _events("Azerbaijani troops moved into Parukh on 24 March and cut the road to Khramort.", gazetteer)
    assert e["Parukh"]["layer"] == "other" and e["Parukh"]["start_date"] == "2023-03-24"


# --- goods grown on a place's land, where harm or war is told ------------------------------------------------------

def test_walnuts_grown_on_a_places_slopes_burned_by_shelling(gazetteer):
    e = _events("Farmers said the walnuts grown on the slopes of Martuni had burned after shelling on Monday.",
                gazetteer)
    assert e["Martuni"]["layer"] == "shelling" and e["Martuni"]["start_date"] == "2023-03-13"


def test_apples_grown_in_a_village_seized_by_troops(gazetteer):
    e = _events("Troops seized apples grown in Khramort orchards on Sunday, residents said.", gazetteer)
    assert e["Khramort"]["start_date"] == "2023-03-12"


def test_seed_harvested_near_a_village_lost_to_shells(gazetteer):
    assert "Parukh" in _events("The seed harvested near Parukh was lost when shells struck the barn on Monday.",
                               gazetteer)


def test_fruit_grown_somewhere_and_sold_is_still_no_event(gazetteer):
    assert _events("Pomegranates grown in Goychay are sold across the country.", gazetteer) == {}


# --- a place set before a company's words is no company's name -----------------------------------------------------

def test_a_place_opening_the_sentence_before_the_company_said(gazetteer):
    text = "Near Sotk, the company said, shots were fired at its mine on Saturday.\nThe company said the workers left."
    e = _events(text, gazetteer)
    assert e["Sotk"]["layer"] == "shelling"
    assert "Sotk" not in e["Sotk"]["claimed_by"], e["Sotk"]["claimed_by"]


# --- a blockade's agent told after a second act ---------------------------------------------------------------------

def test_a_village_blockaded_and_taken_by_troops_is_a_blocking_point(gazetteer):
    e = _events("Khramort was blockaded and then taken by Azerbaijani troops on 24 March.", gazetteer)
    assert e["Khramort"]["layer"] == "checkpoints" and e["Khramort"]["start_date"] == "2023-03-24"


# --- on their way back with a vehicle named --------------------------------------------------------------------------

def test_families_on_their_way_back_whose_bus_hit_a_mine(gazetteer):
    e = _events("Families were on their way back to Lachin when their bus hit a mine on Monday.", gazetteer)
    assert e["Lachin"]["layer"] == "corridors"


# --- houses near the line under fire ---------------------------------------------------------------------------------

def test_houses_close_to_the_positions_when_shelling_began(gazetteer):
    e = _events("Houses in Tegh were close to the Azerbaijani positions when the shelling began on Monday.", gazetteer)
    assert e["Tegh"]["layer"] == "shelling" and e["Tegh"]["start_date"] == "2023-03-13"


# --- a tournament a ministry announces keeps its town; a club's does not ---------------------------------------------

def test_a_tournament_a_ministry_announces_keeps_its_town(gazetteer):
    e = _events("The junior tournament in Shusha will take place on 20 April, the ministry of sport said.", gazetteer)
    assert e["Shusha"]["start_date"] == "2023-04-20"


def test_a_clubs_tournament_is_still_a_notice(gazetteer):
    assert _events("The junior tournament in Goris will take place on 20 April, the club secretary said.",
                   gazetteer) == {}


# --- army posts fired on after civilians -----------------------------------------------------------------------------

def test_army_posts_fired_on_after_civilians_are_the_target(gazetteer):
    e = _events("Azerbaijan said Armenian troops fired on civilians and army posts in Aghdam on Monday.", gazetteer)
    assert e["Aghdam"]["layer"] == "shelling" and e["Aghdam"]["start_date"] == "2023-03-13"
