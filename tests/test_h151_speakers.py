"""Speakers read in round two of heldout151: one speaking on a channel, a surname in -ly, an officer named by rank,
the first of several bodies in a joint statement, and a workplace that only locates."""
import datetime

from geo.extract import extract_text
from geo.extract.claims import _office_without_nation

DAY = datetime.date(2023, 9, 15)


def _claims(text):
    return [(e["place"], e["claimed_by"]) for e in extract_text(text, DAY)]


def test_speaking_on_a_channel_of_a_place_is_the_speakers_claim():
    text = ("Last week the ministry's spokeswoman, Leyla Karimova, spoke on Ictimai TV of a bridge over the river "
            "near Shusha.")
    assert _claims(text) == [("Shusha", "Leyla Karimova")]


def test_talking_to_reporters_about_a_place_is_the_speakers_claim():
    text = "The head of the agency, Rauf Mammadov, talked to reporters about a new road to Fuzuli."
    assert _claims(text)[0][1] == "Rauf Mammadov"


def test_speaking_to_the_people_of_a_place_names_no_claim():
    assert _claims("The minister spoke to residents of Shusha about the new school.") == [("Shusha", "")]


def test_a_surname_in_ly_after_a_first_name_is_no_adverb():
    text = ("Two shepherds were hurt by a mine near Fuzuli on Tuesday, police lieutenant Ramil Gazly told APA.")
    assert _claims(text)[0][1].endswith("Ramil Gazly")


def test_an_adverb_after_a_surname_is_still_dropped():
    text = "Two shepherds were hurt by a mine near Fuzuli on Tuesday, Rauf Hasanov quickly told APA."
    assert _claims(text)[0][1] == "Rauf Hasanov"


def test_an_officer_named_with_his_rank_is_no_bare_office():
    assert _office_without_nation("police captain Rauf Hasanov") is None
    assert _office_without_nation("police lieutenant Ramil Gazly") is None
    assert _office_without_nation("the police") == "interior"


def test_the_first_of_several_bodies_in_a_joint_statement_claims():
    text = ("The defence ministry, the mine agency and the prosecutor's office said in a joint statement that a "
            "lorry hit a mine near Aghdam.")
    assert _claims(text) == [("Aghdam", "MoD")]


def test_people_listed_before_a_body_are_no_list_of_bodies():
    text = "The villagers, the teachers and the police said a lorry hit a mine near Aghdam."
    assert _claims(text) == [("Aghdam", "police")]


def test_a_firm_someone_works_for_in_a_district_only_locates():
    assert extract_text("My cousin works for a building company in the Fuzuli district, so we listen to the radio.",
                        DAY) == []


def test_a_workplace_district_where_a_mine_went_off_is_kept():
    text = "My cousin works for a building company in the Fuzuli district, where a mine exploded on Monday."
    assert [e["place"] for e in extract_text(text, DAY)] == ["Fuzuli"]
