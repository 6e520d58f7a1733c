"""Wordings near the heldout178/179 rules that they must leave alone, and the ones they must still catch: a try to
cross the line, an armed incident, a lost link, people surrounded, and "his village"."""
import datetime

import pytest

from geo.extract import extract_text

DAY = datetime.date(2021, 5, 14)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


# a try to cross: the line itself, or into a place, and deaths or fire told as such
@pytest.mark.parametrize("text,place", [
    ("Two servicemen tried to cross the frozen river near Berdavan, and one of them died of hypothermia.", "Berdavan"),
    ("Firefighters said a unit of soldiers had tried to cross the border near Sotk to help put out a forest fire.",
     "Sotk"),
    ("Soldiers tried to cross the road near Tegh when a truck struck them, and one of them died.", "Tegh"),
    ("Soldiers tried to cross the border near Kornidzor without papers, but the head of the village said no one had "
     "opened fire.", "Kornidzor"),
])
def test_tries_to_cross_that_are_no_fighting(text, place):
    assert _layers(text).get(place) != "shelling"


@pytest.mark.parametrize("text,place", [
    ("Troops attempted to cross the line near Aghdam overnight, and two of them were killed in the firefight.",
     "Aghdam"),
    ("A group tried to sneak across the border near Movses, and the guards opened fire.", "Movses"),
    ("The ministry said a group of troops had tried to cross into Tavush, and a soldier was killed.", "Tavush"),
    ("Baku's account is that Armenian soldiers tried to cross near Movses in a car, left it when warned, and opened "
     "fire an hour later.", "Movses"),
])
def test_tries_to_cross_the_line_with_deaths_or_fire_are_fighting(text, place):
    assert _layers(text)[place] == "shelling"


# an armed incident: not one said none, nor a brawl in a bar
@pytest.mark.parametrize("text,place", [
    ("The border guards said there had been no armed incident near Berdavan in the past week.", "Berdavan"),
    ("No armed incidents in Tavush were reported during the visit, the governor said.", "Tavush"),
    ("Police in Goris investigated an armed incident in a bar, in which a man fired a pistol at a neighbour.", "Goris"),
])
def test_armed_incidents_that_are_no_fighting(text, place):
    assert _layers(text).get(place) != "shelling"


@pytest.mark.parametrize("text,place", [
    ("An armed incident near Aghdam left one soldier wounded.", "Aghdam"),
    ("The ministry said an armed incident at the post near Chinari lasted ten minutes.", "Chinari"),
    ("Azerbaijan blamed Armenia for the armed incidents along the border near Tovuz in July.", "Tovuz"),
])
def test_armed_incidents_at_a_place_are_fighting(text, place):
    assert _layers(text)[place] == "shelling"


# a lost connection: a road's with a place, not a grid's, a phone line's, a unit's or a family's
@pytest.mark.parametrize("text", [
    "Tegh lost its connection to the power grid after the storm, and Goris sent engineers.",
    "Kornidzor lost its connection with Goris for six hours when the phone lines came down.",
    "The unit near Sotk lost its connection with headquarters in Vardenis during the night.",
    "The soldiers at the post near Jermuk lost all connection with their commanders in Yerevan.",
    "Families in Goris lost their connection with relatives in Stepanakert when the internet was cut.",
    "Kapan lost its connection to the regional gas pipeline, leaving the town without heat.",
])
def test_lost_connections_that_are_no_road_cut(text):
    assert "corridors" not in _layers(text).values()


@pytest.mark.parametrize("text,place", [
    ("The villages of Hin Shen and Mets Shen lost their road link with Stepanakert on Monday.",
     "Hin Shen;Mets Shen;Stepanakert"),
    ("After the bridge was blown up, Tegh lost the connection with Kornidzor.", "Tegh;Kornidzor"),
    ("Shusha lost its links to Stepanakert when the road was closed.", "Shusha;Stepanakert"),
])
def test_lost_road_links_are_cut_off(text, place):
    assert _layers(text)[place] == "corridors"


# people surrounded: not people telling of a place surrounded, nor held in the village itself
@pytest.mark.parametrize("text", [
    "Villagers said Tegh was surrounded by troops on three sides.",
    "Farmers say Tegh had been encircled since Monday.",
    "Farmers say the village of Tegh had been encircled since Monday.",
    "Local men told reporters that Tegh was surrounded on Tuesday.",
    "The villagers of Tegh were surrounded in their village for three days.",
    "Some 300 villagers were surrounded in Tegh for three days.",
])
def test_a_village_surrounded_is_still_cut_off(text):
    assert _layers(text)["Tegh"] == "checkpoints"


@pytest.mark.parametrize("text,place", [
    ("Two shepherds from Tegh were surrounded by soldiers while grazing sheep near the border.", "Tegh"),
    ("Four workers were encircled near Kornidzor as they repaired a power line.", "Kornidzor"),
    ("Two farmers of Tegh were surrounded in their orchards by soldiers.", "Tegh"),
])
def test_people_surrounded_on_their_land_are_held(text, place):
    assert _layers(text)[place] == "other"


# "his village": the head's own, not anyone's
def test_his_village_of_someone_who_heads_nothing_is_not_the_place():
    assert _layers("Kornidzor is quiet, a man said, but his village was shelled in the night.")["Kornidzor"] \
        != "shelling"


def test_his_village_of_the_head_is_the_place_he_heads():
    text = ("The village head of Tegh, Arkady Khachatryan, has said that the other side put a post at the entrance "
            "of his village in March.")
    assert _layers(text)["Tegh"] == "checkpoints"
