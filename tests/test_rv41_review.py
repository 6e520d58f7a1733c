"""Sentences worded unlike the sets the latest rules came from: a figure given, a congratulation, what an outlet's
writer found, an outlet marking a day, and a visit to a border post, each where the rule must fire and where it must
not."""

from functools import partial

from tests.helpers import claimants, place_layers

layers = partial(place_layers, published="2023-07-20")


def test_a_figure_for_a_place_with_the_count_after_a_colon(gazetteer):
    found = claimants("The Azerbaijani prosecutor's office gave its latest figure for Tartar on Sunday: 11 civilians "
                      "dead.", gazetteer)
    assert "Prosecutor General" in found["Tartar"], found


def test_a_total_of_aid_handed_over_is_no_figure(gazetteer):
    assert claimants("Russia gave a total of 500 tonnes of aid to Stepanakert in October.", gazetteer)["Stepanakert"] == ""
    assert claimants("The ICRC gave a total of 3,000 food parcels to people in Stepanakert.",
                     gazetteer)["Stepanakert"] == ""


def test_a_total_of_dead_given_is_a_figure(gazetteer):
    found = claimants("The Azerbaijani defence ministry gave a total of 2,900 dead soldiers in the fighting for "
                      "Fuzuli.", gazetteer)
    assert found["Fuzuli"] == "Azerbaijani MoD", found


def test_wounded_veterans_given_flats_is_no_count(gazetteer):
    found = claimants("President Aliyev gave 40 wounded veterans the keys to new flats in Fuzuli.", gazetteer)
    assert found["Fuzuli"] == "", found


def test_a_hotline_number_given_is_no_count(gazetteer):
    found = claimants("The Armenian health ministry gave the number of the hotline for residents of Goris.", gazetteer)
    assert found["Goris"] == "", found
