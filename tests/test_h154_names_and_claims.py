"""A name glossed by the other side's name for the place is that place when the two are namesakes; fire that "also
came from" a place is fire there; the Human Rights Defender heard on fires in Armenia is Armenia's, whoever the
article names most."""

from functools import partial

from tests.helpers import claimant_of, place_layers

layers = partial(place_layers, published="2022-01-13")


def test_a_name_glossed_by_the_armenian_name_is_that_village(gazetteer):
    text = "The ministry said shots were fired from Chinarli, the border village Armenians call Chinari, at dusk."
    found = layers(text, gazetteer)
    assert "Chinari" in found and "Chinarli" not in found


def test_the_name_alone_keeps_its_own_reading(gazetteer):
    text = "The ministry said shots were fired from Chinarli at dusk."
    assert "Chinarli" in layers(text, gazetteer)


def test_fire_that_also_came_from_a_place_is_fire_there(gazetteer):
    text = "The ministry said that fire also came from the heights above Goris overnight."
    assert layers(text, gazetteer).get("Goris") == "shelling"


def test_the_human_rights_defender_on_fires_in_armenia_is_armenias(gazetteer):
    text = ("Azerbaijani soldiers have dug in on the slopes, and Azerbaijani officers refused to talk. The Human "
            "Rights Defender's staff said Azerbaijani troops set fires near Sotk on Monday.")
    assert claimant_of("Sotk", text, gazetteer, published="2021-09-29") == "Armenian Human Rights Defender"


def test_the_ombudsman_after_an_azerbaijani_speaker_is_not_changed(gazetteer):
    text = ("Azerbaijan's ombudsman Sabina Aliyeva visited the district. The ombudsman said Armenian fire hit Tovuz "
            "on Monday.")
    assert claimant_of("Tovuz", text, gazetteer, published="2021-09-29") == "Azerbaijani Ombudsman"


def test_a_curated_town_glossed_by_its_other_name_stays_one_place(gazetteer):
    text = "Reporters said Stepanakert, which Azerbaijan calls Khankendi, came under fire overnight."
    assert set(layers(text, gazetteer)) == {"Stepanakert"}
