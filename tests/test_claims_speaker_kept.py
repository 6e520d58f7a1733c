"""The speaker a sentence names keeps its claim: a participle after a list of places, a plan or a promise
of a body, a body named by a short form of its name."""

import datetime as dt

from geo.extract import extract_text
from tests.helpers import claimants


def test_a_participle_after_a_list_of_districts_is_the_speaker_s(gazetteer):
    text = ("Azerbaijan's defence ministry said on Monday that its positions had come under fire.\n"
            "The ministry reported more Armenian fire overnight at villages of the Gadabay, Tovuz and Aghstafa districts, "
            "saying no soldier had been wounded.")
    found = claimants(text, gazetteer, "2014-08-04")
    assert found["Tovuz District"] == "Azerbaijani MoD"


def test_a_government_s_plan_is_its_claim(gazetteer):
    text = ("Armenia's government announced a tender for a new road in Syunik on Monday.\n"
            "Further north, the government plans a bypass from Goris to Sisian.")
    # (the bypass is a route: its two ends are one candidate's waypoints)
    assert claimants(text, gazetteer, "2023-03-06")["Goris;Sisian"] == "Armenian government"


def test_a_promise_is_the_claim_of_those_who_promise(gazetteer):
    text = ("A crowd gathered in Baku on Saturday to hear speakers of the Azerbaijani Popular Front.\n"
            "Front leaders promised that the line through Ordubad would carry goods again within days.")
    assert claimants(text, gazetteer, "1989-11-04")["Ordubad"] == "Azerbaijani Popular Front"


def test_another_country_s_popular_front_is_not_azerbaijan_s(gazetteer):
    text = "The Latvian Popular Front said on Friday that its envoys had arrived in Yerevan."
    assert claimants(text, gazetteer, "1989-11-04")["Yerevan"] != "Azerbaijani Popular Front"


def test_a_popular_front_never_named_in_full_is_not_azerbaijan_s(gazetteer):
    text = "The Popular Front said on Friday that its envoys had arrived in Yerevan."
    assert claimants(text, gazetteer, "1989-11-04")["Yerevan"] != "Azerbaijani Popular Front"


def test_of_a_record_and_a_speaker_the_speaker_claims(gazetteer):
    text = "Gravestones at Julfa were broken up with hammers, according to a video and to Armenian church officials."
    assert claimants(text, gazetteer, "2006-01-20")["Julfa"] == "Armenian Church"


def test_a_public_office_named_by_common_nouns_is_its_side_s_government(gazetteer):
    text = ("Armenia's government approved new limits on fishing in Lake Sevan on Monday.\n"
            "Water from the Vorotan began reaching Lake Sevan on Friday, the hydrological monitoring centre said.")
    found = claimants(text, gazetteer, "2024-05-06")
    assert found["Lake Sevan"] == "Armenian government"


def test_a_state_s_master_plan_is_its_government_s(gazetteer):
    text = ("Azerbaijan's government approved the rebuilding of the Lachin district last year.\n"
            "A new school for 600 pupils will be built in Gubadli, according to the master plan.")
    assert claimants(text, gazetteer, "2022-04-04")["Gubadli"] == "Azerbaijani government"


def test_a_centre_named_again_is_the_centre_named_before(gazetteer):
    text = ("Shelling hit Martuni overnight, the Karabakh information centre said.\n"
            "Fires broke out in Chartar after the shelling, the centre said.")
    assert claimants(text, gazetteer, "2020-10-09")["Chartar"] == "Nagorno-Karabakh authorities"


def test_a_request_is_the_claim_of_those_who_make_it(gazetteer):
    text = ("Residents of Tegh have asked the border guards to let them reach their fields near Kornidzor.\n"
            "The EU has called on Baku to let trucks with food reach Stepanakert.")
    found = claimants(text, gazetteer, "2023-05-02")
    assert found["Kornidzor"] == "residents"
    assert found["Stepanakert"] == "EU"


def test_a_question_is_no_request(gazetteer):
    text = "Villagers in Kut, asked about the shelling of Sotk, said it had lasted all night."
    assert claimants(text, gazetteer, "2022-09-14")["Sotk"] == "residents"


def test_the_government_after_a_side_s_ministry_in_one_sentence_is_that_side_s(gazetteer):
    text = ("Azerbaijan's foreign ministry said on Monday that talks would resume in Baku.\n"
            "Armenia's Foreign Ministry said it would protect the detainee's rights, and the government has asked "
            "the court to order his release from a prison near Baku.\n"
            "More than 1,000 people crossed at Kornidzor on Tuesday, the government said.")
    found = claimants(text, gazetteer, "2023-10-03")
    assert found["Kornidzor"] == "Armenian government"


def test_experts_who_note_something_are_analysts(gazetteer):
    text = "Georgian transport experts note that a line through Gazakh would save freight trains a day."
    assert claimants(text, gazetteer, "2023-05-02")["Gazakh"] == "analysts"


def test_a_ministry_named_by_its_field_is_its_side_s_government(gazetteer):
    text = ("Azerbaijan's government approved the budget for the Araz dams on Monday.\n"
            "Work on the Khudafarin dam is almost finished, the energy ministry said.")
    assert claimants(text, gazetteer, "2023-05-02")["Khudafarin Reservoir"] == "Azerbaijani government"


def test_a_closing_bare_noun_no_one_named_leaves_the_claim_to_the_named_source(gazetteer):
    text = ("According to ANAMA, a demining team found a cluster bomb beside a school in Aghdam on Tuesday, "
            "the agency added.")
    assert claimants(text, gazetteer, "2023-02-08")["Aghdam"] == "Azerbaijani government (ANAMA)"


def test_a_closing_bare_noun_is_the_body_named_before_it(gazetteer):
    text = ("The Azerbaijani Defence Ministry said on Monday that its posts near Kalbajar had been fired at.\n"
            "According to ANAMA, two deminers were hurt by a mine near Jabrayil, the ministry added.")
    assert claimants(text, gazetteer, "2023-02-08")["Jabrayil"] == "Azerbaijani MoD"


def test_a_joint_body_of_several_states_is_no_one_side_s_government(gazetteer):
    text = ("Azerbaijan's government said on Monday that it would open a new checkpoint.\n"
            "Drones were seen over Khojavend on Saturday night, the joint monitoring centre said.")
    found = claimants(text, gazetteer, "2021-04-12")
    assert found["Khojavend"] not in ("Azerbaijani government", "Armenian government")


def test_those_who_ask_others_to_tell_what_happened_claim_nothing(gazetteer):
    text = "A television crew asked two farmers in Chinari to recount the night their barns were shelled."
    assert claimants(text, gazetteer, "2022-09-16")["Chinari"] == ""


def test_those_who_ask_others_to_act_make_the_request(gazetteer):
    text = "Farmers asked the border guards to clear the road to their fields near Chinari by Friday."
    assert claimants(text, gazetteer, "2022-09-16")["Chinari"] == "residents"     # the farmers


def test_a_count_going_on_without_an_agent_after_a_mission_s_count_is_the_mission_s(gazetteer):
    text = ("The OSCE mission counted about 900 settlers in the Kalbajar district.\n\n"
            "Only a dozen people were found in the Jabrayil district.")
    found = [(c["place_name"], c["claimed_by"]) for c in extract_text(text, dt.date(2005, 3, 1), gazetteer,
                                                                       source="test")]
    assert ("Jabrayil District", "OSCE Minsk Group") in found
