"""Damage listed by a body, and the bodies that list it: a thing "listed among the damaged buildings" was hit (not a
state told in passing); "the ministry of territorial administration" is the Armenian ministry, so a later bare "the
ministry" is that one; a ministry named by two fields joined by "and" is one subject, not the ministry a department
belongs to; "the office of the human rights defender" is the ombudsman; a body's staff who "recorded fires" claim
them."""

from functools import partial

from tests.helpers import claimant_of, place_layers

layers = partial(place_layers, published="2022-10-05")
claimant = partial(claimant_of, published="2022-10-05")

TERRITORIAL = "Armenian government (Ministry of Territorial Administration and Infrastructure)"


def test_a_building_listed_among_the_damaged_ones_was_hit(gazetteer):
    text = "Near Goris, the governor listed the school and the clinic of Tegh among the damaged buildings."
    assert layers(text, gazetteer)["Tegh"] == "shelling"


def test_walking_among_damaged_houses_is_no_list_of_damage(gazetteer):
    text = "The visitors walked among the damaged houses of Tegh on Sunday."
    assert layers(text, gazetteer)["Tegh"] != "shelling"


def test_a_bare_ministry_after_the_territorial_ministry_is_that_ministry(gazetteer):
    text = ("Baku's defence ministry said its units had answered fire near Lachin.\n\n"
            "According to the ministry of territorial administration, forty houses were damaged in Kapan.\n"
            "In Tegh, the ministry listed the school among the damaged buildings.")
    assert claimant("Tegh", text, gazetteer) == TERRITORIAL


def test_a_ministry_of_two_fields_is_one_subject(gazetteer):
    text = ("The ministry of territorial administration and infrastructure has reported that power lines "
            "were cut in Goris.")
    assert claimant("Goris", text, gazetteer) == TERRITORIAL


def test_the_ministry_a_department_belongs_to_is_not_the_subject(gazetteer):
    text = ("The road through Tegh is closed to lorries, the Roads Department of the Ministry of Territorial "
            "Administration and Infrastructure announced.")
    assert claimant("Tegh", text, gazetteer) != TERRITORIAL


def test_the_office_of_the_human_rights_defender_is_the_ombudsman(gazetteer):
    text = "Shells set fire to the fields above Goris, the office of the human rights defender reported."
    assert "human rights defender" in claimant("Goris", text, gazetteer).lower()
    assert "office" not in claimant("Goris", text, gazetteer).lower()


def test_staff_who_recorded_fires_claim_them(gazetteer):
    text = ("Kristine Grigoryan said on Monday that people had left the border villages.\n"
            "Grigoryan's staff recorded fires started by the shelling in Tegh.")
    assert claimant("Tegh", text, gazetteer) == "Armenian Human Rights Defender"


def test_cameras_that_recorded_explosions_claim_nothing(gazetteer):
    text = "Cameras recorded explosions near Tegh."
    assert claimant("Tegh", text, gazetteer) == ""


# A quoted person is the source over the press service cited, not over a body he may speak for, nor as a bare post;
# a body named as a speaker the table knows is quoted too. Bare kinds of event recorded on film are no one's account.

def test_a_person_quoted_citing_his_own_ministry_leaves_the_ministry(gazetteer):
    text = ("Citing the Armenian defence ministry, News.am quoted Artur Sargsyan as saying that Azerbaijani drones "
            "struck Jermuk.")
    assert claimant("Jermuk", text, gazetteer) == "Armenian MoD"


def test_a_person_quoted_citing_the_ombudsman_leaves_the_ombudsman(gazetteer):
    text = "Citing the ombudsman, Armenpress quoted Anna Hakobyan as saying the shelling of Goris continued."
    assert claimant("Goris", text, gazetteer) == "Armenian Human Rights Defender"


def test_a_bare_post_quoted_is_no_person(gazetteer):
    text = "Citing RFE/RL, Armenpress quoted Prime Minister as saying that shells hit Jermuk."
    assert claimant("Jermuk", text, gazetteer) != "Prime Minister"


def test_a_titled_person_quoted_over_a_press_service_is_the_source(gazetteer):
    text = ("Citing RFE/RL's Armenian service, Armenpress quoted Defence Minister Suren Papikyan as saying that "
            "shells hit Jermuk.")
    assert claimant("Jermuk", text, gazetteer) == "Armenian MoD"


def test_a_known_body_quoted_over_a_press_service_is_the_source(gazetteer):
    text = "Citing RFE/RL, Armenpress quoted Artsakh Ombudsman as saying that shells hit Martakert."
    assert claimant("Martakert", text, gazetteer) == "Nagorno-Karabakh Ombudsman"


def test_explosions_recorded_on_phones_are_no_claim(gazetteer):
    assert claimant("Jermuk", "Residents of Jermuk recorded explosions on their phones.", gazetteer) == ""
    assert claimant("Sotk", "Villagers recorded shelling on video near Sotk.", gazetteer) == ""


def test_the_karabakh_ministry_of_two_fields_keeps_its_owner(gazetteer):
    text = ("The Artsakh Republic's ministry of territorial administration and development reported damage in "
            "Martakert.\nThe ministry said forty houses were hit in Martuni.")
    assert claimant("Martakert", text, gazetteer) == "Nagorno-Karabakh authorities"


def test_the_karabakh_territorial_ministry_is_not_the_armenian_one(gazetteer):
    text = "The ministry of territorial administration and development said shells hit Martakert."
    assert claimant("Martakert", text, gazetteer) != TERRITORIAL


def test_a_day_before_a_ministry_of_two_fields_is_no_part_of_its_name(gazetteer):
    text = ("On Tuesday Armenia's Ministry of Labour and Social Affairs said families from Sotk were housed in "
            "Vardenis.")
    assert claimant("Vardenis", text, gazetteer) == "Armenian government (Ministry of Labour and Social Affairs)"
