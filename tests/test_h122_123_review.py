"""Wordings near the rules of the heldout122 and heldout123 readings that those rules must not change (and the cases
they were written for, kept)."""
import datetime as dt

from geo.extract import extract_text
from geo.extract.claims import find_attributions


def _rows(text, day=dt.date(2021, 6, 15)):
    return {(name, e["layer"], e["claimed_by"]) for e in extract_text(text, day) for name in e["place"].split(";")}


def _claims(text):
    return {(name, claimed) for name, _, claimed in _rows(text)}


# a label a relative clause gives: only a road's label is no teller

def test_a_label_of_the_fire_at_a_village_keeps_its_teller():
    text = ("The ministry said on Sunday that talks would resume; shells later hit Koti, which the village head "
            "described as the heaviest fire in years.")
    assert ("Koti", "local officials") in _claims(text)


def test_a_label_the_only_teller_after_the_place_is_no_crash():
    text = ("The ministry said talks would resume. Later that day Tovuz came under fire, which Baku described as an "
            "attack by Armenian troops.")
    assert ("Tovuz", "Azerbaijani government") in _claims(text)


def test_a_label_of_an_incident_the_only_teller_keeps_it():
    text = "The incident at Sotk, which the Armenian ministry described as an attack, left two soldiers dead."
    assert ("Sotk", "Armenian ministry") in _claims(text)


def test_a_road_label_after_a_teller_is_still_no_teller():
    text = "Hetq reported that the Ijevan-Berd road, which a driver described as a goat track, was closed on Monday."
    assert ("Ijevan", "Armenian media") in _claims(text)


# "by the account of": a body's account, not the account of what happened

def test_the_account_of_the_war_by_an_author_names_no_body():
    assert find_attributions("In the account of the war by Thomas de Waal, Shusha fell in May 1992.") == []


def test_by_the_account_of_a_ministry_is_still_its_claim():
    text = "By the account of the Azerbaijani defence ministry, Armenian forces shelled Tovuz."
    assert ("Tovuz", "Azerbaijani MoD") in _claims(text)


# killed "there": not when no one was

def _layers(text):
    return {(name, layer) for name, layer, _ in _rows(text)}


def test_nobody_killed_there_is_no_fire():
    assert ("Aghdam", "shelling") not in _layers("Aghdam lay empty for years, and nobody was killed there during the war.")


def test_no_soldier_wounded_there_is_no_fire():
    assert ("Koti", "shelling") not in _layers(
        "The post near Koti is new, and no soldier has been wounded there since May.")


def test_soldiers_killed_there_after_a_year_is_still_fire():
    assert ("Tovuz", "shelling") in _layers(
        "Tovuz never saw such fighting as in July 2020, when 12 soldiers were killed there.")


# "fresh firing", "separate firing": the firing, not a noun it qualifies

def test_fresh_firing_positions_dug_near_a_village_are_no_fire():
    assert ("Koti", "shelling") not in _layers(
        "Azerbaijani troops dug fresh firing positions near Koti, the village head said.")


def test_separate_firing_positions_built_outside_a_village_are_no_fire():
    assert ("Berdavan", "shelling") not in _layers("Armenian troops built separate firing positions outside Berdavan.")


def test_a_conscript_dead_in_separate_firing_is_still_fire():
    assert ("Aygepar", "shelling") in _layers("A conscript died in separate firing near Aygepar, the ministry said.")


# a count of the dead at or near a place: soldiers, and no other cause

def test_villagers_dead_near_a_village_after_a_heat_wave_is_no_fire():
    assert ("Chinari", "shelling") not in _layers("Last year five elderly villagers died near Chinari after the heat wave.")


def test_sheep_dead_near_a_village_is_no_fire():
    assert ("Aygepar", "shelling") not in _layers("Last year four more sheep died near Aygepar, the farmer said.")


def test_conscripts_dead_near_a_town_of_hypothermia_is_no_fire():
    assert ("Berd", "shelling") not in _layers("Last winter two conscripts died near Berd of hypothermia.")


def test_soldiers_dead_near_a_village_is_still_fire():
    assert ("Chinari", "shelling") in _layers("The ministry said two more soldiers died near Chinari during the night.")


# "her house in X ... the house": not another house

def test_the_house_of_another_person_is_not_the_house_placed_before():
    assert ("Koti", "shelling") not in _layers("She lives in a house in Koti, but the house of her brother was shelled.")


def test_the_house_in_another_village_is_not_the_house_placed_before():
    assert ("Koti", "shelling") not in _layers("Her house in Koti is safe, but the house in Berdavan was shelled.")


def test_the_school_in_another_village_is_not_the_school_placed_before():
    assert ("Koti", "shelling") not in _layers("His school in Koti stayed open while the school in Chinari was hit.")


def test_the_farm_taken_up_again_as_hit_by_shells_is_still_fire():
    assert ("Koti", "shelling") in _layers("The soldiers stayed at a farm in Koti, and the farm was hit by shells on Sunday.")


# posts put up or built: not lamp posts or fence posts

def test_lamp_posts_installed_in_a_village_are_no_checkpoint():
    assert ("Berdavan", "checkpoints") not in _layers("New lamp posts were installed in Berdavan last week.")


def test_fence_posts_built_near_a_village_are_no_checkpoint():
    assert ("Koti", "checkpoints") not in _layers("Fence posts were built along the orchards near Koti.")


def test_wooden_posts_installed_at_a_school_are_no_checkpoint():
    assert ("Aygepar", "checkpoints") not in _layers(
        "Wooden posts were installed at the school in Aygepar for a volleyball net.")


def test_army_posts_built_above_a_village_are_still_checkpoints():
    assert ("Berdavan", "checkpoints") in _layers("Azerbaijani posts were built on the heights above Berdavan last year.")


# a month that only dates another thing does not move the story

def _dated(text):
    return [(e["place"], e["start_date"] if e["date_certain"] else None)
            for e in extract_text(text, dt.date(2021, 6, 15))]


def test_a_ceasefire_signed_in_a_month_leaves_the_day_told_before():
    text = ("Last Tuesday a patrol came under fire near Berdavan.\n"
            "The shelling was the first since the ceasefire signed in November.\n"
            "Chinari was fired on the same evening.")
    assert ("Chinari", "2021-06-08") in _dated(text)


def test_a_report_due_in_a_month_leaves_the_day_told_before():
    text = ("On 12 June a patrol came under fire near Berdavan.\n"
            "A report due in September will look into it.\n"
            "Chinari was fired on the same evening.")
    assert ("Chinari", "2021-06-12") in _dated(text)


def test_a_report_published_in_a_month_leaves_the_day_told_before():
    text = ("On 12 June shells hit Berdavan.\n"
            "The ministry's June report, published in July, counted 40 such attacks.\n"
            "Chinari was fired on the same evening.")
    assert ("Chinari", "2021-06-12") in _dated(text)


def test_a_village_hit_in_another_month_still_ends_the_day():
    text = ("Last Tuesday a patrol came under fire near Berdavan.\n"
            "The village had been hit in May as well.\n"
            "Chinari was fired on the same evening.")
    assert ("Chinari", "2021-06-08") not in _dated(text)


# roads: another road shut, and a road's own town only located by it

def _road_rows(text):
    return {(name, layer) for e in extract_text(text, dt.date(2021, 6, 15)) for name in e["place"].split(";")
            for layer in [e["layer"]]}


def test_fire_near_a_road_then_another_road_blocked_elsewhere_is_no_closure_of_the_first():
    rows = _road_rows("Fire near the Ijevan–Berd road on Friday was followed by a protest that blocked the road in "
                      "Yerevan.")
    assert ("Berd", "corridors") not in rows


def test_a_convoy_stopped_at_a_town_on_its_own_road_names_no_other_end():
    rows = _road_rows("The convoy stopped at Ijevan, on the Ijevan–Dilijan road, for the night.")
    assert not {name for name, _ in rows} & {"Dilijan"}


def test_going_round_by_a_town_on_its_own_road_still_names_the_road():
    rows = _road_rows("Buses now go round by Berd, on the Berd–Chambarak road, to reach Yerevan.")
    assert ("Chambarak", "corridors") in rows


# several prices: a list of items and their prices, not prices told in a sentence

def test_rent_rising_in_drams_as_refugees_arrive_keeps_the_places():
    places = {name for name, _ in _layers("Rent in Goris rose from 50,000 drams to 80,000 drams as refugees arrived "
                                           "from Lachin.")}
    assert {"Goris", "Lachin"} <= places


def test_compensation_in_drams_for_houses_in_a_village_keeps_it():
    places = {name for name, _ in _layers("Compensation of 500,000 drams for each house in Chinari and 300,000 drams "
                                           "for each shed was announced.")}
    assert "Chinari" in places


# growers of a place, someone staying with kin there: not when fire is told

def test_growers_kept_from_their_orchards_by_sniper_fire_keep_the_village():
    places = {name for name, _ in _layers("The growers of Chinari cannot reach their orchards because of sniper fire.")}
    assert "Chinari" in places


def test_staying_with_kin_because_of_the_shelling_keeps_the_town():
    places = {name for name, _ in _layers("She is staying with her son in Ijevan because of the shelling.")}
    assert "Ijevan" in places


def test_growers_selling_apples_elsewhere_still_only_say_where_they_are():
    places = {name for name, _ in _layers("The growers of Chinari sell apples in Ijevan.")}
    assert "Chinari" not in places


# "come from": a home, not people arriving

def test_families_that_come_from_a_district_fleeing_the_shelling_keep_it():
    places = {name for name, _ in _layers("Hundreds of families come from Lachin, fleeing the shelling.")}
    assert "Lachin" in places


def test_families_that_come_from_a_village_where_shells_destroyed_homes_keep_it():
    assert ("Berdavan", "shelling") in _layers("The families come from Berdavan, where shells destroyed their homes.")


def test_students_that_come_from_a_town_by_bus_keep_it():
    assert "Ijevan" in {name for name, _ in _layers("The students come from Ijevan by bus.")}


def test_many_of_our_members_come_from_a_village_is_still_a_home():
    assert "Koti" not in {name for name, _ in _layers("Many of our members come from Koti, and they send greetings.")}


# the one who now heads a village, telling of harm there

def test_who_now_heads_a_village_telling_of_damage_there_keeps_it():
    assert ("Koti", "shelling") in _layers(
        "Gagik Sargsyan, who now heads Koti, said shells had damaged two houses in the village.")


def test_who_heads_a_village_telling_of_fire_elsewhere_drops_it():
    assert "Koti" not in {name for name, _ in _layers(
        "Gagik Sargsyan, who heads Koti, said Azerbaijani troops had fired on Berdavan.")}
