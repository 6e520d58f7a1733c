"""Sentences worded apart from the sets the latest rules came from: fire with the day between the verb and a kiln
or a place's staff, people moved under guard or herds driven through districts, an outlet's column named bare,
posts that tend or serve people, and staples whose own arrival is told."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 2, 14)      # a Wednesday


def _events(text, gazetteer):
    return {e["place"]: e for e in extract_text(text, DAY, gazetteer)}


def _layers(text, gazetteer):
    return {name: e["layer"] for e in extract_text(text, DAY, gazetteer) for name in e["place"].split(";")}


# fire with the day between the verb and the target

def test_fired_overnight_on_a_weekday_at_a_village(gazetteer):
    e = _events("Azerbaijani forces fired overnight on Monday at the village of Sotk, the Armenian defence ministry "
                "said.", gazetteer)["Sotk"]
    assert (e["layer"], e["start_date"]) == ("shelling", "2024-02-12")


def test_a_kiln_fired_on_a_weekday_is_no_fire(gazetteer):
    found = _events("The pottery workshop in Shusha was firing early on Tuesday at its new kiln, Azertac reported.",
                    gazetteer)
    assert all(e["layer"] != "shelling" for e in found.values()), found


def test_staff_fired_at_a_town_on_a_weekday_is_no_fire(gazetteer):
    found = _events("The coach fired late on Friday at Goris the team's goalkeeper, a club statement said.", gazetteer)
    assert all(e["layer"] != "shelling" for e in found.values()), found


def test_fire_at_its_positions_on_a_weekday_stays_fire(gazetteer):
    # (near: "its" positions are the speaker's, still a target)
    e = _events("Armenian forces fired late on Monday at its positions in Tovuz, the Azerbaijani army said.",
                gazetteer)["Tovuz"]
    assert (e["layer"], e["start_date"]) == ("shelling", "2024-02-12")


# people taken through districts named together

def test_detainees_driven_through_districts_are_no_visit(gazetteer):
    found = _layers("The detainees were driven through the Lachin and Kalbajar districts before being handed over at "
                    "the border, the ministry said.", gazetteer)
    assert "other" not in {found.get("Lachin"), found.get("Kalbajar")}, found


def test_displaced_taken_through_districts_are_no_visit(gazetteer):
    found = _layers("The displaced were taken through the Tovuz and Gazakh districts to new homes in Aghdam.",
                    gazetteer)
    assert found.get("Tovuz") == "corridors" and found.get("Gazakh") == "corridors", found


def test_cattle_driven_through_districts_are_no_visit(gazetteer):
    found = _layers("Smugglers drove stolen cattle through the Gazakh and Aghstafa districts into Georgia, police "
                    "said.", gazetteer)
    assert found.get("Gazakh") == "corridors", found


def test_ambassadors_driven_through_districts_visit_them(gazetteer):
    # (near: a delegation's own trip stays a visit)
    found = _layers("The delegation of ambassadors was driven on Tuesday through the Fuzuli and Jabrayil districts, "
                    "the foreign ministry said.", gazetteer)
    assert found.get("Fuzuli") == "other" and found.get("Jabrayil") == "other", found


# "the column" or "the editorial" with no outlet's piece named before it

def test_the_column_after_a_column_of_lorries_is_no_claimant(gazetteer):
    found = _events("A column of lorries left Aghdam. The column said mines still lay around Fuzuli.", gazetteer)
    assert found["Fuzuli"]["claimed_by"] != "column", found


def test_the_column_after_a_person_wrote_is_that_person(gazetteer):
    found = _events("Armen Ohanyan wrote about the blockade. The column said no food had reached Stepanakert.",
                    gazetteer)
    assert found["Stepanakert"]["claimed_by"] == "Armen Ohanyan", found


def test_the_editorial_after_the_ombudsman_spoke_is_no_editorial(gazetteer):
    found = _events("The Armenian ombudsman spoke about the road. The editorial said shells hit Martuni.", gazetteer)
    assert found["Martuni"]["claimed_by"] not in ("editorial", ""), found


def test_an_outlets_editorial_is_still_the_outlets(gazetteer):
    # (near: the editorial an outlet ran)
    found = _events("Azatutyun ran an editorial on the blockade. According to the editorial, no food had reached "
                    "Stepanakert for a week.", gazetteer)
    assert found["Stepanakert"]["claimed_by"] == "RFE/RL Armenian Service", found


# posts that tend or serve people, and posts of no force withdrawn

def test_medical_posts_withdrawn_are_no_checkpoint(gazetteer):
    found = _layers("Medical posts were withdrawn from Lachin after the fighting ended.", gazetteer)
    assert found.get("Lachin") != "checkpoints", found


def test_a_first_aid_post_withdrawn_is_no_checkpoint(gazetteer):
    found = _layers("The Red Cross first-aid post was withdrawn from Martakert.", gazetteer)
    assert found.get("Martakert") != "checkpoints", found


def test_vaccination_and_polling_posts_are_no_checkpoints(gazetteer):
    assert _layers("Vaccination posts were set up in Goris on Monday.", gazetteer).get("Goris") != "checkpoints"
    assert _layers("Polling posts were set up in Stepanakert for the vote.", gazetteer).get("Stepanakert") \
        != "checkpoints"


def test_staff_posts_listed_after_fairs_are_no_checkpoints(gazetteer):
    assert _layers("Job fairs and staff posts were set up in Goris.", gazetteer).get("Goris") != "checkpoints"


def test_army_posts_withdrawn_stay_checkpoints(gazetteer):
    # (near: the army's posts)
    found = _layers("Army posts were withdrawn from Lachin on Monday, the Russian ministry said.", gazetteer)
    assert found.get("Lachin") == "checkpoints", found


def test_border_posts_set_up_stay_checkpoints(gazetteer):
    found = _layers("Border posts were set up in Tegh on Monday, the Armenian defence ministry said.", gazetteer)
    assert found.get("Tegh") == "checkpoints", found


# staples whose own arrival is told keep their town; someone else's arrival does not

def test_someone_elses_arrival_drops_the_staples_town(gazetteer):
    found = _events("Rice from Lankaran is the best, said the chef, who arrived in Baku last year.", gazetteer)
    assert "Lankaran" not in found, found


def test_a_teachers_arrival_drops_the_flours_town(gazetteer):
    found = _events("When the new teacher arrived, she asked for flour from Goris for the class cake.", gazetteer)
    assert "Goris" not in found, found


def test_flour_from_a_town_that_arrived_keeps_it(gazetteer):
    # (near: the flour's own arrival)
    found = _events("Flour from Goris arrived at the bakery in Stepanakert on Monday after the road reopened.",
                    gazetteer)
    assert "Goris" in found, found
