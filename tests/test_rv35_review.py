"""Sentences worded apart from the sets the newest rules came from: where each rule must fire and where it must not
(a real event, fire, a crossing or a claim that must stay)."""

import datetime as dt

import pytest

from tests.helpers import rows

DAY = dt.date(2021, 6, 10)          # a Thursday: "Monday" is 7 June, "Friday" 4 June


def _found(text, gazetteer):
    return {r["place_name"]: (r["layer"], r["start_date"], r["claimed_by"]) for r in rows(text, gazetteer, DAY)}


# --- troops training at a place hold a drill; fire told beside it stays fire ---------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Azerbaijani gunners were training near Tovuz when Armenian mortars opened fire on the village.", "Tovuz"),
    ("Border guards were training near Tovuz on Monday when shells landed in the village.", "Tovuz"),
    ("Reservists will train in Goris, and on Monday Azerbaijani drones struck Goris.", "Goris"),
    ("Tank crews are to train in Ganja after Armenian rockets hit the city on Monday.", "Ganja"),
    ("Doctors were training in Stepanakert when shelling hit the city on Monday.", "Stepanakert"),
    ("The drone operators were trained in Baku and on Monday struck Martakert.", "Martakert"),
    ("Armenian snipers who were trained in Yerevan fired on Azerbaijani positions near Tovuz on Monday.", "Tovuz"),
])
def test_fire_beside_a_training_stays_fire(gazetteer, text, place):
    found = _found(text, gazetteer)
    assert found[place][0] == "shelling", found


def test_troops_to_train_in_a_town_still_drill(gazetteer):
    found = _found("Armenian artillery units will train in Goris next month, the defence ministry said.", gazetteer)
    assert found["Goris"][0] == "other", found


# --- a telling owned by a name the table lacks: only a source's aside ----------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("The fund said the money was deposited in Petrosyan's account at a bank in Goris on Monday.", "Goris"),
    ("In Hadrut's account books, the shelling of Tartar on Monday is recorded.", "Tartar"),
])
def test_an_account_that_is_no_telling_names_no_claimant(gazetteer, text, place):
    found = _found(text, gazetteer)
    assert found[place][2] == "", found


def test_an_unlisted_telling_after_the_clause(gazetteer):
    found = _found("Two shells hit Aygepar on Sunday, by Pressam's telling.", gazetteer)
    assert found["Aygepar"][2] == "Pressam", found


# --- posts taken down: not a page's posts, nor posts taken down by fire -----------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Posts removed in Stepanakert on Monday by the administrators of the group had described shelling.",
     "Stepanakert"),
    ("Posts taken down in Stepanakert on Monday had criticised the government, the moderators said.", "Stepanakert"),
    ("Posts dismantled in the Kalbajar district by shelling on Monday were not rebuilt.", "Kalbajar District"),
])
def test_posts_of_a_page_or_taken_by_fire_are_no_checkpoint(gazetteer, text, place):
    found = _found(text, gazetteer)
    assert found[place][0] != "checkpoints", found


def test_posts_removed_near_a_town_are_still_posts(gazetteer):
    found = _found("Posts removed near Lachin on Monday had stood there since 2020.", gazetteer)
    assert found["Lachin"][0] == "checkpoints", found


# --- a document opening the sentence before "quoted by": the body that wrote it, not what it tells of ----------------

@pytest.mark.parametrize("text, place, outlet", [
    ("A report of shelling by Armenian forces, quoted by TASS, put the shelling in Tartar on Monday.", "Tartar",
     "Russian media"),
    ("A report of the attack on Azerbaijani soldiers, cited by Reuters, put the shelling in Tartar on Monday.",
     "Tartar", "Reuters"),
    ("The report of the deaths of two soldiers, quoted by Interfax, put the drone strike in Martuni on Monday.",
     "Khojavend", "Russian media"),
])
def test_a_document_of_a_happening_keeps_the_outlet(gazetteer, text, place, outlet):
    found = _found(text, gazetteer)
    assert found[place][2] == outlet, found


def test_a_body_s_statement_quoted_by_an_outlet_is_the_body_s(gazetteer):
    found = _found("The statement by the Azerbaijani Defence Ministry, quoted by Armenpress, put the shelling in "
                   "Tartar on Monday.", gazetteer)
    assert found["Tartar"][2] == "Azerbaijani MoD", found


# --- a house of worship after its town: not when the town is only left or owns the name ----------------------------

@pytest.mark.parametrize("text, place", [
    ("Soldiers from Shusha prayed in the Dashalti mosque on Friday.", "Dashalti"),
    ("The minister left Shusha on Friday and prayed in the Dashalti mosque.", "Dashalti"),
    ("Shusha's Yukhari Govhar Agha Mosque was reopened on Friday after restoration.", "Yukhari Govhar Agha Mosque"),
])
def test_a_mosque_after_a_town_left_or_owning_it_stays(gazetteer, text, place):
    assert place in _found(text, gazetteer)


# --- "From <capital>," and a body that speaks: not a journey the body made, told with a speaker after ---------------

@pytest.mark.parametrize("text, place", [
    ("From Baku, the government airlifted tents to Ganja, officials said on Monday.", "Baku"),
    ("From Yerevan, the government sent 40 buses to Goris on Monday, it said.", "Yerevan;Goris"),
    ("From Baku, ministry officials said, the column of aid drove to Tartar on Monday.", "Baku;Tartar"),
    ("From Baku, the ministry's plane flew the wounded to Ganja, it said.", "Baku"),
])
def test_a_journey_from_the_capital_told_with_a_speaker_stays(gazetteer, text, place):
    assert place in _found(text, gazetteer)


def test_the_capital_the_body_speaks_from_is_still_no_event(gazetteer):
    found = _found("From Baku, the defence ministry said Armenian forces shelled Tartar on Monday.", gazetteer)
    assert "Baku" not in found and found["Tartar"][0] == "shelling", found


# --- over a bridge: water and talks cross nothing ---------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("The flood came over the bridge near Kornidzor on Monday and washed away a car.", "Kornidzor"),
    ("Water came over the Hakari bridge on Monday.", "Hakari Bridge"),
    ("Talks went over the bridge's reopening in Goris on Monday.", "Goris"),
])
def test_water_or_talks_over_a_bridge_are_no_way(gazetteer, text, place):
    found = _found(text, gazetteer)
    assert found[place][0] != "corridors", found


def test_people_who_came_over_the_bridge_crossed_it(gazetteer):
    found = _found("Refugees came over the Hakari bridge on Monday.", gazetteer)
    assert found["Hakari Bridge"][0] == "corridors", found


# --- joining a column: a march's or a funeral's is no way ------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("She joined the column at Goris on Monday to mourn the dead.", "Goris"),
    ("Thousands joined the column at Stepanakert marching to the Russian base on Monday.", "Stepanakert"),
])
def test_a_march_s_column_is_no_way(gazetteer, text, place):
    found = _found(text, gazetteer)
    assert found[place][0] != "corridors", found


def test_a_lorry_joining_the_column_is_on_the_way(gazetteer):
    found = _found("Another lorry joined the column at Kornidzor on Monday.", gazetteer)
    assert found["Kornidzor"][0] == "corridors", found


# --- a picture no teller owns tells nothing of its own -----------------------------------------------------------

@pytest.mark.parametrize("text, place, who", [
    ("A video put on Facebook by a local page showed smoke over Tartar on Monday.", "Tartar", ""),
    ("A photo shared on Telegram showed smoke over Tartar on Monday.", "Tartar", ""),
    ("A video of soldiers, cited by Reuters, showed lorries passing through Lachin.", "Lachin", "Reuters"),
    ("Photos from residents showed smoke over Tartar on Monday.", "Tartar", "residents"),
    ("Pictures taken by residents showed damage in Tartar on Monday.", "Tartar", "residents"),
])
def test_a_picture_is_no_teller(gazetteer, text, place, who):
    found = _found(text, gazetteer)
    assert found[place][2] == who, found


# --- "the same paper" after an outlet named in full: a guessed name inside the outlet's own is no titled person ------

def test_the_same_paper_after_an_outlet_whose_name_ends_like_a_person_s(gazetteer):
    text = ("The Los Angeles Times wrote on Monday that shells hit Tartar.\n"
            "The same American paper sent a reporter to Goris, where it said drones had struck Kapan.")
    found = _found(text, gazetteer)
    assert found["Kapan"][2] == "Los Angeles Times", found
