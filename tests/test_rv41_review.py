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


def test_congratulated_on_a_day_is_no_claim(gazetteer):
    found = claimants("Aliyev congratulated the graduates of the military academy in Baku on Monday.", gazetteer)
    assert found["Baku"] == "", found


def test_congratulated_on_an_election_at_a_meeting_is_no_claim(gazetteer):
    found = claimants("Aliyev congratulated Pashinyan on his election victory during their meeting in Brussels.",
                      gazetteer)
    assert found["Brussels"] == "", found


def test_congratulated_on_building_a_road_is_no_claim(gazetteer):
    found = claimants("Aliyev visited Shusha and congratulated the builders on completing the road to Lachin on time.",
                      gazetteer)
    assert found["Shusha"] == "" and found["Lachin"] == "", found


def test_congratulated_on_a_liberation_by_phone_is_a_claim(gazetteer):
    found = claimants("Erdogan congratulated Aliyev by phone on the liberation of Kalbajar.", gazetteer)
    assert found["Kalbajar"] == "Turkish government", found


def test_a_reporter_who_found_shelter_tells_nothing(gazetteer):
    found = claimants("Reuters' photographer, who was wounded in Martuni, found shelter in a basement in Stepanakert.",
                      gazetteer)
    assert found["Stepanakert"] == "", found


def test_a_reporter_who_found_himself_under_fire_tells_nothing(gazetteer):
    found = claimants("Reuters' reporter found himself under fire near Tartar on Monday.", gazetteer)
    assert found["Tartar"] == "", found


def test_a_correspondent_who_found_refugees_is_the_outlet(gazetteer):
    found = claimants("The BBC's correspondent in Goris found hundreds of refugees sleeping in the square.", gazetteer)
    assert found["Goris"] == "BBC", found


def test_an_outlet_marking_the_day_with_a_broadcast_tells_nothing(gazetteer):
    found = claimants("Trend marked the day with a live broadcast from the parade in Baku.", gazetteer)
    assert found["Baku"] == "", found
    found = claimants("Armenpress marked the day as a day of mourning in Stepanakert, as the government ordered.",
                      gazetteer)
    assert found["Stepanakert"] == "", found


def test_an_outlet_marking_years_since_a_liberation_tells_it(gazetteer):
    found = claimants("Report.az marked three years since the liberation of Fuzuli on Tuesday.", gazetteer)
    assert found["Fuzuli"] == "Azerbaijani media", found


def test_people_going_to_the_post_to_cross_are_no_visit(gazetteer):
    text = "Thousands of people went to the Lachin checkpoint on Monday, hoping to cross into Armenia."
    assert layers(text, gazetteer).get("Hakari Bridge") == "checkpoints"


def test_patients_taken_to_the_post_are_no_visit(gazetteer):
    text = "The Russian peacekeepers took the sick children to the Lachin checkpoint, where the ICRC met them."
    assert layers(text, gazetteer).get("Hakari Bridge") == "checkpoints"
    text = "Red Cross staff came to the Lachin checkpoint with 19 patients who needed care in Armenia."
    assert layers(text, gazetteer).get("Hakari Bridge") == "checkpoints"


def test_an_envoy_touring_the_post_is_a_visit(gazetteer):
    text = "The EU envoy toured the Lachin checkpoint on Friday."
    assert layers(text, gazetteer).get("Hakari Bridge") == "other"
