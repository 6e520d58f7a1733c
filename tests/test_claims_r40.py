"""Claimants of speech told in two more shapes: a report going on ("were reporting that") and a speaker going on
air to say something ("went on television to tell the country that")."""

from tests.helpers import claimants


def test_a_report_in_the_progressive_is_its_outlet_s(gazetteer):
    text = ("Baku said on Friday that its troops had entered Jabrayil. "
            "Russian outlets were also reporting that shells fell on Fuzuli on Saturday.")
    assert claimants(text, gazetteer)["Fuzuli"] == "Russian media"


def test_a_passive_report_still_names_no_one(gazetteer):
    assert claimants("Shelling was reported in Fuzuli on Saturday.", gazetteer)["Fuzuli"] == ""


def test_a_speaker_who_went_on_television_to_tell_it_claims_it(gazetteer):
    text = "Last night President Ilham Aliyev went on television to tell the nation that Jabrayil had been retaken."
    assert claimants(text, gazetteer)["Jabrayil"] == "Azerbaijani presidency (Ilham Aliyev)"


def test_and_he_named_after_him_is_still_him(gazetteer):
    text = ("Last night President Ilham Aliyev went on television to tell the nation that Jabrayil had been retaken. "
            "In the same address he listed the villages of Hajili and Horadiz.")
    assert claimants(text, gazetteer)["Horadiz"] == "Azerbaijani presidency (Ilham Aliyev)"


def test_a_wish_to_tell_is_no_claim(gazetteer):
    text = "Residents wanted to tell the world that Jabrayil had been destroyed."
    assert claimants(text, gazetteer)["Jabrayil"] == ""


def test_a_list_the_executive_authority_gave_is_the_local_officials(gazetteer):
    text = ("At the district office the executive authority gave us a list of the villages hit by shells last week: "
            "Hajili and Horadiz.")
    found = claimants(text, gazetteer)
    assert found["Horadiz"] == "local officials"


def test_the_head_of_the_municipal_council_is_a_local_official(gazetteer):
    text = "In Horadiz, the head of the municipal council said four houses were damaged by shells."
    assert claimants(text, gazetteer)["Horadiz"] == "local officials"
