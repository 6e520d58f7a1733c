"""Review of the rules from the Karakend and Gunnut misses: everyone arriving at a rally searched is no checkpoint;
"the only way in which" is no way in; a comma after "released" ends a relative clause whose speaker still speaks;
a town's street life ("Stepanakert street fighting") stays at the town; a possessive in a list is an owner, not a
village; a surname opening such a list is a person; Shahbulag in the Sharur district is the Nakhchivan village."""

import datetime as dt
from functools import partial

from geo.extract import extract_text
from tests.helpers import claimant_of, place_layers

layers = partial(place_layers, published="1992-03-05")
DAY = dt.date(1993, 6, 5)


def test_everyone_arriving_at_a_rally_searched_is_no_checkpoint(gazetteer):
    text = "The police searched everyone arriving at the rally in Yerevan on Friday."
    assert layers(text, gazetteer).get("Yerevan") != "checkpoints"


def test_everyone_coming_to_a_concert_searched_is_no_checkpoint(gazetteer):
    text = "Guards searched everyone coming to the concert in Yerevan."
    assert layers(text, gazetteer).get("Yerevan") != "checkpoints"


def test_everyone_getting_off_a_plane_searched_is_still_a_checkpoint(gazetteer):
    text = "Soldiers searched everyone getting off the plane at Stepanakert airport."
    assert layers(text, gazetteer).get("Stepanakert Airport") == "checkpoints"


def test_the_only_way_in_which_is_no_way_in(gazetteer):
    text = "The only way in which Stepanakert can survive the winter is through talks, the mayor said."
    assert layers(text, gazetteer).get("Stepanakert") != "corridors"


def test_released_before_a_comma_is_still_the_speakers(gazetteer):
    text = ("The video of the strike on Martakert, which the Azerbaijani Defence Ministry released, shows burning "
            "houses.")
    assert claimant_of("Martakert", text, gazetteer, published="2016-04-05") == "Azerbaijani MoD"


def test_a_towns_street_fighting_is_at_the_town(gazetteer):
    text = "Stepanakert street fighting went on until dawn on Tuesday."
    assert "Stepanakert" in layers(text, gazetteer)


def test_a_towns_street_traders_are_at_the_town(gazetteer):
    text = "Prices rose sharply, and Goris street traders ran out of bread."
    assert "Goris" in layers(text, gazetteer)


def test_a_street_named_for_a_town_is_still_a_street(gazetteer):
    text = "Shells hit Shusha street in Stepanakert overnight."
    found = layers(text, gazetteer)
    assert "Shusha" not in found and "Stepanakert" in found


def test_a_possessive_in_an_opening_list_is_no_village(gazetteer):
    text = "Talish, Madagiz and Hasanli's brigade were mentioned in the report on Monday."
    assert not any("Hasanli" in place for place in layers(text, gazetteer, published="2016-04-05"))


def test_a_possessive_in_a_list_near_villages_is_no_village(gazetteer):
    text = "Fighting raged near Talish, Madagiz and Hasanli's farm on Monday."
    assert not any("Hasanli" in place for place in layers(text, gazetteer, published="2016-04-05"))


def test_a_surname_in_an_opening_list_is_no_village(gazetteer):
    text = "In 1992 Talish, Madagiz and Hovsepian were named in the report."
    assert "Hovsepian" not in layers(text, gazetteer, published="2016-04-05")


def test_a_new_name_in_an_opening_list_is_still_a_village(gazetteer):
    text = "In the 1980s Chinari, Zorakhach, Aygepar and Movses were shelled almost every night."
    assert layers(text, gazetteer, published="1994-03-10").get("Zorakhach") == "shelling"


def test_shahbulag_in_sharur_is_the_nakhchivan_village(gazetteer):
    rows = [e for e in extract_text("Azerbaijani troops took positions near Shahbulag in the Sharur district on "
                                    "Monday.", DAY, gazetteer) if e["place"] == "Shahbulag"]
    assert rows and rows[0]["coordinates"][0][1] < 39.8


def test_helicopters_flown_into_the_hills_are_still_a_way_in(gazetteer):
    text = "Helicopters flew into the hills above Martakert with flour and ammunition every night."
    assert layers(text, gazetteer).get("Martakert") == "corridors"


def test_a_helicopter_flown_into_a_ridge_is_still_a_crash(gazetteer):
    text = "The helicopter had flown into a ridge above Karakend in thick fog."
    assert layers(text, gazetteer).get("Karakend") != "corridors"
