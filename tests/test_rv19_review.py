"""Wordings near the rules of the heldout170-175 rounds that those rules must leave alone, and the cases they were
written for, kept."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 10, 10)


def _events(text):
    return {p: e for e in extract_text(text, DAY) for p in e["place"].split(";")}


def _layer(text, place):
    return _events(text)[place]["layer"]


SHELLED = "The defence ministry said shells hit Aygepar and Chinari on Sunday. "


# -- places "also on the list" ------------------------------------------------------------------------------------------

def test_a_list_of_something_else_carries_no_fire():
    assert _layer(SHELLED + "Berd and Ijevan were on the same list of towns chosen to host the youth games.",
                  "Berd") == "other"
    assert _layer(SHELLED + "Berd was also in the list of candidates for the prize.", "Berd") == "other"
    text = ("Armenpress reported that on Sunday the villages of Aygepar and Chinari were shelled. "
            "Movses was also on the government's list of villages to be resettled.")
    assert _layer(text, "Movses") == "other"


def test_the_same_list_named_bare_still_carries_its_fire():
    assert _layer(SHELLED + "Berd and Ijevan were also on its list.", "Berd") == "shelling"
    assert _layer(SHELLED + "Berd and Ijevan were named in the same report.", "Ijevan") == "shelling"


# -- fire taken ---------------------------------------------------------------------------------------------------------

def test_a_word_like_village_that_took_no_fire_is_no_place():
    assert "Chinari" not in _events("Chinari took no fire during the night, the village head said.")
    assert "Chinari" not in _events("Chinari took the fire brigade call seriously.")


def test_a_word_like_village_that_took_mortar_fire_is_kept():
    assert _layer("Chinari took mortar fire overnight, the village head said.", "Chinari") == "shelling"


# -- units that tried to reach a place ----------------------------------------------------------------------------------

def test_peacekeepers_police_or_evacuation_units_trying_to_reach_a_town_are_no_attack():
    assert _layer("Russian peacekeeping troops tried to reach Stepanakert with the aid convoy on Tuesday.",
                  "Stepanakert") != "shelling"
    assert _layer("Evacuation units tried to reach Martuni before the road was cut.", "Martuni") != "shelling"
    assert _layer("Police units tried to reach Ijevan as the crowd grew.", "Ijevan") != "shelling"


def test_people_of_a_unit_trying_to_reach_someone_are_no_attack():
    assert _layer("Relatives of soldiers from the battalion tried to reach Goris by telephone all night.",
                  "Goris") != "shelling"
    assert _layer("The troops tried to reach their families in Goris by phone after the ceasefire.",
                  "Goris") != "shelling"
    assert _layer("The journalists embedded with the brigade tried to reach Goris to file their stories.",
                  "Goris") != "shelling"


def test_troops_trying_to_reach_a_town_still_attack_it():
    assert _layer("An Azerbaijani special forces battalion tried to reach Shusha through the forest.",
                  "Shusha") == "shelling"
    assert _layer("Troops tried to reach Hadrut from the south on Friday.", "Hadrut") == "shelling"


# -- a blow that fell ---------------------------------------------------------------------------------------------------

def test_a_hard_blow_of_hard_times_is_no_attack():
    assert _layer("A hard blow fell on Goris when the copper plant shut down.", "Goris") != "shelling"
    assert _layer("The blow fell on the farmers of Martuni, whose orchards burned in the drought.",
                  "Martuni") != "shelling"


def test_the_main_blow_is_still_an_attack():
    assert _layer("The main blow fell on Hadrut at dawn.", "Hadrut") == "shelling"


# -- holding out --------------------------------------------------------------------------------------------------------

def test_stocks_people_or_machines_that_held_out_are_no_siege():
    assert _layer("Flour stocks in Stepanakert held out for three weeks.", "Stepanakert") != "shelling"
    assert _layer("The protesters in Yerevan held out for three weeks before the police moved in.",
                  "Yerevan") != "shelling"
    assert _layer("The hunger strikers in Goris held out for eight days.", "Goris") != "shelling"
    assert _layer("Residents of Stepanakert were still holding out, though bread was running short.",
                  "Stepanakert") != "shelling"
    assert _layer("The generator at the Stepanakert hospital held out for two days.", "Stepanakert") != "shelling"


def test_a_town_or_its_defenders_holding_out_are_still_a_siege():
    assert _layer("The defenders of Shusha held out against the assault for three days.", "Shusha") == "shelling"
    assert _layer("The ministry said that the town of Hadrut was still holding out.", "Hadrut") == "shelling"


# -- closing in, pushing forward, driven back ---------------------------------------------------------------------------

def test_winter_or_police_closing_in_is_no_assault():
    assert _layer("Winter was closing in on Stepanakert, and fuel was scarce.", "Stepanakert") != "shelling"
    assert _layer("Investigators were closing in on the smugglers near Sadarak.", "Sadarak") != "shelling"
    assert _layer("Police closed in on the protesters outside the government building in Yerevan.",
                  "Yerevan") != "shelling"


def test_troops_closing_in_are_still_an_assault():
    assert _layer("Azerbaijani troops were closing in on Shusha from the south.", "Shusha") == "shelling"


def test_a_party_moving_forward_to_win_a_town_back_is_no_fighting():
    assert _layer("The ruling party moved forward to win back Gyumri in the local elections.", "Gyumri") != "shelling"
    assert _layer("The opposition pushed forward to win voters in Gyumri back before the vote.",
                  "Gyumri") != "shelling"


def test_units_moving_forward_to_retake_a_town_are_fighting():
    assert _layer("Azerbaijani units moved forward to retake Jabrayil on Friday.", "Jabrayil") == "shelling"


def test_troops_sent_back_to_base_or_home_are_no_fighting():
    assert _layer("A blizzard forced the Russian units back to Stepanakert.", "Stepanakert") != "shelling"
    assert _layer("Heavy snow forced the soldiers back to their base near Jermuk.", "Jermuk") != "shelling"
    assert _layer("The buses drove the soldiers back home to Ijevan.", "Ijevan") != "shelling"


def test_attackers_pushed_back_from_a_village_are_still_fighting():
    assert _layer("The Armenian defenders pushed the attackers back from Talish on Saturday.", "Talish") == "shelling"


# -- price lines and posts passed ---------------------------------------------------------------------------------------

def test_a_delivery_s_line_closed_by_its_weight_keeps_its_route():
    found = _events("Flour delivered to Stepanakert through the Lachin corridor, kg: 40000")
    assert found["Stepanakert"]["layer"] == "corridors"
    assert _layer("Aid sent from Goris to Stepanakert on Monday, kg: 12,000", "Goris") == "corridors"


def test_a_price_line_by_the_kilo_still_names_no_scene():
    assert "Sevan" not in _events("Fresh trout from Sevan, per kg: 3500")


def test_one_held_at_a_post_passed_from_a_to_b_is_the_post_s_news():
    found = _events("A detainee who went through the checkpoint from Khankendi to Kornidzor was arrested there.")
    assert found and all(e["layer"] == "checkpoints" for e in found.values())


def test_vehicles_through_a_post_from_a_to_b_are_still_on_their_way():
    found = _events("On Tuesday four ambulances went through the border checkpoint from Stepanakert to Goris.")
    assert found and all(e["layer"] == "corridors" for e in found.values())
