"""Claimants over sentences written for this test: an outlet followed by the language it writes in, in brackets,
is the outlet; a named person of a lower-case office no side or table can place keeps the person's name."""

import pytest

from tests.helpers import all_claimants


@pytest.mark.parametrize("text, place", [
    ("Azertac (in English) reported on Monday that 40 families had returned to Lachin.", "Lachin"),
    ("APA (in Azerbaijani and Russian) wrote that a school had opened in Kalbajar.", "Kalbajar"),
    ("Report.az (in Russian), covering the tour, said that gas had reached Zangilan.", "Zangilan"),
])
def test_an_outlets_language_aside_is_not_the_claimant(gazetteer, text, place):
    assert all_claimants(text, gazetteer)[place] == ["Azerbaijani media"]


@pytest.mark.parametrize("text, place, who", [
    ("Samir Aliyev of the housing agency told reporters that 40 houses in Khojaly were finished.", "Khojaly",
     "Samir Aliyev"),
    ("Nigar Huseynova of the restoration service said that the road to Shusha was paved.", "Shusha",
     "Nigar Huseynova"),
    ("Armen Petrosyan from the housing office said that families in Goris would get flats.", "Goris",
     "Armen Petrosyan"),
])
def test_a_person_of_an_unplaced_office_keeps_the_name(gazetteer, text, place, who):
    assert all_claimants(text, gazetteer)[place] == [who]


def test_a_person_of_an_emergency_service_is_the_service(gazetteer):
    text = "Hunan Tadevosyan of the emergency service said that a fire broke out in Goris."
    assert all_claimants(text, gazetteer)["Goris"] == ["Armenian government (Ministry of Emergency Situations)"]


LISTED_SERVICE = ("According to the Reconstruction, Housing and Roads Service for Lachin, Kalbajar and Zangilan, "
                  "40 households moved to Lachin at this stage.\n\n"
                  "The families had lived in dormitories in Baku for years, the service said.\n\n"
                  "Kalbajar was retaken in November 2020, when President Ilham Aliyev announced it.\n\n"
                  "Armenian forces shelled Lachin in May 1992, according to the service's account.")


def test_according_to_a_body_whose_name_lists_its_tasks_names_the_whole_body(gazetteer):
    claimants = all_claimants(LISTED_SERVICE, gazetteer)
    assert claimants["Lachin"] == ["Azerbaijani government (Reconstruction, Housing and Roads Service)"]
    assert claimants["Baku"] == ["Azerbaijani government (Reconstruction, Housing and Roads Service)"]


@pytest.mark.parametrize("text, place", [
    ("Residents of Shatin recall that the road to Yeghegnadzor was last repaired in 2015.", "Yeghegnadzor"),
    ("Villagers in Shatin remember that the bridge near Yeghegnadzor was washed away in 2016.", "Yeghegnadzor"),
    ("In the villages near the pass, people talk about the Sisian bridge, where a lorry overturned last winter.",
     "Sisian"),
    ("Locals talk of the old Goris road, which was closed after a landslide.", "Goris"),
])
def test_what_people_remember_or_talk_about_is_the_residents_account(gazetteer, text, place):
    assert all_claimants(text, gazetteer)[place] == ["residents"]


@pytest.mark.parametrize("text, place", [
    ("We have heard from many families that rents in Goris have doubled.", "Goris"),
    ("The committee has heard from many residents that rents in Goris have doubled.", "Goris"),
    ("We heard from villagers that the road to Sisian was closed.", "Sisian"),
])
def test_what_a_writer_heard_from_residents_is_theirs(gazetteer, text, place):
    assert all_claimants(text, gazetteer)[place] == ["residents"]
