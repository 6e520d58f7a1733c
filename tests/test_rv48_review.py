"""Other wordings of a speaker going on whose words an outlet carried, of an outlet meeting someone who reached or fled
a place, of the heritage service's long names, and of places in what a work is meant to do."""

import datetime

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = datetime.date(2024, 5, 10)
HERITAGE = "Azerbaijani government (State Service for Cultural Heritage)"


def _events(text, gazetteer):
    return extract_text(text, DAY, gazetteer, source="test")


def _claims(text, gazetteer):
    return {e["place_name"]: e["claimed_by"] for e in _events(text, gazetteer)}


def _layers(text, gazetteer):
    return {e["place_name"]: e["layer"] for e in _events(text, gazetteer)}


# --- "added that ..., according to X": the outlet stays the claimant when the one going on is no one named ---------

def test_a_report_going_on_leaves_the_outlet_that_carried_it(gazetteer):
    claims = _claims("The report added that troops had shelled Sotk, according to Armenpress.", gazetteer)
    assert claims["Sotk"] == "Armenian media"


def test_a_report_of_a_body_going_on_leaves_the_outlet(gazetteer):
    claims = _claims("Shells fell on Jermuk overnight. The statement added that Azerbaijani troops had also shelled "
                     "Sotk, according to Armenpress.", gazetteer)
    assert claims["Sotk"] == "Armenian media"


def test_a_ministry_going_on_keeps_its_word(gazetteer):
    claims = _claims("The Armenian defence ministry issued a statement on Tuesday. It added that Azerbaijani troops had "
                     "shelled Sotk, according to Armenpress.", gazetteer)
    assert claims["Sotk"] == "Armenian MoD"


# --- an outlet that met someone who reached or fled a place -------------------------------------------------------

def test_the_one_met_telling_of_shelling_is_not_the_outlets_word(gazetteer):
    claims = _claims("IWPR met a man who reached Goris and said shells had hit Martakert on Tuesday.", gazetteer)
    assert claims["Martakert"] != "Institute for War and Peace Reporting"


def test_a_ministry_named_in_the_clause_keeps_its_claim(gazetteer):
    claims = _claims("Armenpress spoke to a woman who fled Martakert, the town the Azerbaijani defence ministry said "
                     "it had taken on Tuesday.", gazetteer)
    assert claims["Martakert"] == "Azerbaijani MoD"


def test_a_clause_of_its_own_after_the_meeting_keeps_the_outlet(gazetteer):
    claims = _claims("Armenpress met a delegation who arrived in Goris on Sunday, and the Azerbaijani defence ministry "
                     "said troops shelled Sotk.", gazetteer)
    assert claims["Goris"] == "Armenian media"
    assert claims["Sotk"] == "Azerbaijani MoD"


def test_the_bbc_meeting_someone_who_reached_a_town(gazetteer):
    claims = _claims("The BBC met a man who reached Goris on Sunday.", gazetteer)
    assert claims["Goris"] == "BBC"


# --- the heritage service by its long names ----------------------------------------------------------------------

def test_heritage_service_full_name_after_its_country():
    assert canonical_actor("Azerbaijan's State Service for Protection, Development and Restoration of Cultural "
                           "Heritage") == HERITAGE


def test_heritage_service_full_name_under_the_ministry():
    assert canonical_actor("the State Service for Protection, Development and Restoration of Cultural Heritage under "
                           "the Ministry of Culture") == HERITAGE


def test_heritage_service_short_protection_name():
    assert canonical_actor("the Azerbaijani State Service for the Protection of Cultural Heritage") == HERITAGE


def test_armenian_service_of_that_name_is_not_baku_s():
    assert canonical_actor("the Armenian State Service for the Protection of Cultural Heritage") != HERITAGE


def test_heritage_service_full_name_in_a_sentence(gazetteer):
    claims = _claims("Azerbaijan's State Service for Protection, Development and Restoration of Cultural Heritage "
                     "said the church in Talish had been looted in 1993.", gazetteer)
    assert claims["Talish"] == HERITAGE


# --- a place in what a work is meant to do, and where the sentence goes on to tell what was done -------------------

def test_a_road_shelled_before_its_purpose_keeps_its_towns(gazetteer):
    layers = _layers("Azerbaijani forces shelled the road that was meant to link Martakert with Stepanakert.",
                     gazetteer)
    assert layers.get("Martakert") == "shelling"


def test_a_road_that_came_under_fire_keeps_its_towns(gazetteer):
    layers = _layers("The road that was meant to link Martakert with Stepanakert came under fire on Tuesday.",
                     gazetteer)
    assert "Martakert" in layers


def test_a_convoy_meant_to_bring_food_stopped_at_a_checkpoint(gazetteer):
    events = _events("The convoy was meant to bring food to Stepanakert, but it was stopped at the Lachin checkpoint "
                     "on Tuesday.", gazetteer)
    bridge = [e for e in events if e["place_name"] == "Hakari Bridge"]
    assert bridge and bridge[0]["layer"] == "checkpoints"
    assert str(bridge[0]["start_date"]) == "2024-05-07"


def test_trucks_stopped_after_the_purpose_keep_their_place(gazetteer):
    events = _events("The trucks, which were meant to bring flour to Stepanakert, were stopped near Kornidzor on "
                     "Tuesday.", gazetteer)
    assert any("Kornidzor" in e["place_name"] for e in events)


def test_a_pipeline_damaged_after_its_purpose_keeps_the_place(gazetteer):
    assert "Shusha" in _layers("The pipeline was meant to supply Stepanakert with gas but was damaged near Shusha on "
                               "Tuesday.", gazetteer)


def test_a_corridor_blocked_after_its_purpose_keeps_the_bridge(gazetteer):
    layers = _layers("The Lachin corridor was designed to connect Armenia and Karabakh, but Azerbaijan blocked it at "
                     "the Hakari bridge on Sunday.", gazetteer)
    assert layers.get("Hakari Bridge") == "checkpoints"


def test_a_railway_whose_first_train_ran_keeps_its_towns(gazetteer):
    events = _events("The railway is meant to link Horadiz with Aghband, and the first train ran on Sunday.",
                     gazetteer)
    assert any("Horadiz" in e["place_name"] and str(e["start_date"]) == "2024-05-05" for e in events)


def test_a_bridge_finished_keeps_its_towns(gazetteer):
    assert "Lachin" in _layers("The bridge was intended to connect Lachin and Gubadly, and Azerbaijani engineers "
                               "finished it in May.", gazetteer)


def test_a_list_going_on_after_a_comma_is_still_the_purpose(gazetteer):
    places = _layers("The road is meant to connect Kalbajar, Lachin, and Gubadly.", gazetteer)
    assert not places.keys() & {"Kalbajar", "Lachin", "Gubadli"}


def test_a_line_meant_to_link_towns_to_the_grid_still_purpose(gazetteer):
    places = _layers("The new line is meant to link Jabrayil, Zangilan, and Gubadly to the grid.", gazetteer)
    assert not places.keys() & {"Jabrayil", "Zangilan", "Gubadli"}
