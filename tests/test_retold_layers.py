"""Layers of events told again years later (anniversaries, histories): people on the move along a route, attacks by
their own verbs, land recovered or lost, a town held in a blockade, a commemoration (sentences written for these
tests)."""

import datetime as dt

import pytest

from geo.extract import extract_text


def read(text, gazetteer, published="2024-05-24"):
    """{place name: (layer, kind)} of the candidates of a text (a route's places one by one)."""
    return {name: (c["layer"], c["kind"]) for c in extract_text(text, dt.date.fromisoformat(published), gazetteer,
                                                                  source="test")
            for name in c["place_name"].split(";")}


# -- people on the move -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, places", [
    ("Hundreds of villagers tried to escape on foot over the snowy hills towards Tartar, the nearest safe town.",
     ["Tartar"]),
    ("He admitted killing civilians who were moving from Hadrut towards Fuzuli.", ["Hadrut", "Fuzuli"]),
    ("During the war the helicopter was the only link between Martakert and the rest of the republic.",
     ["Martakert"]),
    ("On the way to Shusha the minister's car broke down twice.", ["Shusha"]),
])
def test_people_on_their_way_are_a_route(gazetteer, sentence, places):
    found = read(sentence, gazetteer)
    assert all(found[p][0] == "corridors" for p in places), found


def test_troops_moving_towards_positions_are_no_route(gazetteer):
    found = read("Troops had moved toward their positions near Sotk before they were stopped.", gazetteer)
    assert found["Sotk"][0] != "corridors"


def test_where_travellers_stopped_is_a_stay_not_the_route(gazetteer):
    found = read("On the way to Shusha the minister stopped at the Lachin bridge.", gazetteer)
    assert found["Shusha"][0] == "corridors"
    assert found["Lachin"][0] == "other"


# -- attacks by their own verbs -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("A military transport plane was shot down near Lachin, killing ten people.", "Lachin"),
    ("A supply column was ambushed near Hadrut on Tuesday.", "Hadrut"),
    ("The ministry said that several villages had fallen while Hadrut was still resisting.", "Hadrut"),
    ("The ministry said that nine villages had been taken while Hadrut, as the town was then written, was still "
     "resisting.", "Hadrut"),
])
def test_an_ambush_a_downing_or_a_town_holding_out_is_shelling(gazetteer, sentence, place):
    assert read(sentence, gazetteer)[place][0] == "shelling"


# -- land recovered or lost; a town in a blockade -----------------------------------------------------------------

def test_land_recovered_is_a_change_of_control(gazetteer):
    found = read("In the spring offensive the army recovered Hadrut and the Hakari bridge.", gazetteer)
    assert found["Hadrut"] == ("other", "control")
    assert found["Hakari Bridge"][0] == "other"


def test_a_town_that_recovered_from_something_or_bodies_recovered_is_no_capture(gazetteer):
    assert read("Trade recovered in Ganja last year.", gazetteer)["Ganja"][1] != "control"
    assert read("Rescuers recovered the bodies of two soldiers near Hadrut.", gazetteer)["Hadrut"][1] != "control"


def test_after_the_loss_of_towns_a_town_in_blockade_is_a_blockaded_route(gazetteer):
    found = read("After the loss of Hadrut and Martuni, Fuzuli remained in complete blockade for three weeks.",
                 gazetteer)
    assert found["Hadrut"] == ("other", "control")
    assert found["Khojavend"] == ("other", "control")          # Martuni
    assert found["Fuzuli"] == ("corridors", "blockade")


def test_a_blockade_at_a_point_is_still_a_checkpoint(gazetteer):
    found = read("Protesters blocked the road near Shusha on Monday.", gazetteer)
    assert found["Shusha"][0] == "checkpoints"


# -- a commemoration ----------------------------------------------------------------------------------------------

def test_flowers_carried_to_a_memorial_are_no_route(gazetteer):
    found = read("Veterans carried wreaths to the memorial in Ganja on Sunday.", gazetteer)
    assert found["Ganja"][0] == "other"


def test_goods_carried_to_a_town_are_still_a_route(gazetteer):
    found = read("Aid trucks carried flour to Stepanakert.", gazetteer)
    assert found["Stepanakert"][0] == "corridors"


# -- vehicles kept from going on ----------------------------------------------------------------------------------

def test_vehicles_waiting_unable_to_cross_are_held_up_at_a_blocking_point(gazetteer):
    found = read("Dozens of buses have waited outside Jabrayil since dawn, unable to cross the Khudafarin bridge.",
                 gazetteer)
    assert found["Jabrayil"] == ("checkpoints", "blockade")
    assert found["Khudafarin Bridges"] == ("checkpoints", "blockade")


def test_vehicles_that_can_pass_are_still_a_route(gazetteer):
    assert read("Ambulances can pass the bridge near Goris every day.", gazetteer)["Goris"][0] == "corridors"


def test_a_way_taken_every_day_is_a_habit_not_a_journey(gazetteer):
    assert read("Traders came through here every day on their way to Goris, he said.", gazetteer)["Goris"][0] == "other"
    assert read("Traders came through here on their way to Goris, he said.", gazetteer)["Goris"][0] == "corridors"


# -- a way's course ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, places", [
    ("The new road will connect Hadrut with the rest of the district.", ["Hadrut"]),
    ("The old way to Shusha went from Aghdam to Askeran and on to Khojaly, he said.", ["Aghdam", "Askeran"]),
])
def test_a_way_connecting_or_going_from_place_to_place_is_a_route(gazetteer, sentence, places):
    found = read(sentence, gazetteer)
    assert all(found[p][0] == "corridors" for p in places), found


def test_things_going_from_bad_to_worse_are_no_route(gazetteer):
    assert read("Things are going from bad to worse in Goris, he said.", gazetteer)["Goris"][0] != "corridors"


# -- the scene of a shooting; a tally ------------------------------------------------------------------------------

def test_while_before_a_participle_keeps_the_scene_in_the_clause(gazetteer):
    found = read("A shepherd was wounded by sniper fire while grazing his sheep near Sotk.", gazetteer)
    assert found["Sotk"][0] == "shelling"


def test_while_before_a_new_subject_still_ends_the_clause(gazetteer):
    found = read("Drones struck Tartar while residents were sleeping in Barda.", gazetteer)
    assert found["Tartar"][0] == "shelling"
    assert found["Barda"][0] == "other"


def test_incidents_recorded_across_a_list_of_districts_are_a_tally(gazetteer):
    found = read("Shelling incidents were recorded in the Tartar, Aghdam and Fuzuli districts last year, the report "
                 "said.", gazetteer)
    assert found and all(layer == "other" for layer, _ in found.values()), found


# -- villages cut off, named after a colon -----------------------------------------------------------------------

def test_villages_a_checkpoint_cuts_off_named_after_a_colon_are_a_blockaded_route(gazetteer):
    found = read("The new checkpoint cuts off three villages that relied on the road: Aghavno, Sus and Hadrut, "
                 "officials said.", gazetteer)
    assert found["Aghavno"] == ("corridors", "blockade")
    assert found["Sus"] == ("corridors", "blockade")


def test_gas_supplies_cut_off_are_no_blockaded_route(gazetteer):
    found = read("Officials accused the army of cutting off gas supplies to Goris.", gazetteer)
    assert found["Goris"][0] != "corridors"


def test_trucks_travelling_between_two_towns_are_a_route(gazetteer):
    found = read("Officials said that trucks travelling between Goris and Kapan would be escorted by the police.",
                 gazetteer)
    assert found["Goris"][0] == "corridors" and found["Kapan"][0] == "corridors", found


def test_fire_on_the_town_before_troops_moved_in_is_shelling_there(gazetteer):
    assert read("After two days of shelling of the town, troops moved into Martuni.",
                gazetteer)["Khojavend"][0] == "shelling"
    # (fire that only dates what followed is still no event at the place)
    assert read("After two days of shelling, troops moved into Martuni.", gazetteer)["Khojavend"][0] == "other"


def test_a_protest_near_a_town_is_a_blocking_point_on_its_road(gazetteer):
    assert read("The road was closed for weeks by protesters near Goris.", gazetteer)["Goris"] == ("checkpoints",
                                                                                                    "blockade")
    assert read("Hundreds of people protested in Goris on Monday.", gazetteer)["Goris"] == ("other", "protest")


def test_a_transfer_in_stages_is_a_route_through_both_places(gazetteer):
    found = read("The agency said two wounded sappers were evacuated first to Horadiz and then to a hospital in "
                 "Beylagan.", gazetteer)
    assert found["Horadiz"][0] == "corridors" and found["Beylagan"][0] == "corridors", found
    # (taken to a local hospital only, no route)
    assert read("The agency said two wounded sappers were evacuated to a hospital in Beylagan.",
                gazetteer)["Beylagan"][0] == "other"


def test_people_who_had_driven_from_a_town_came_along_a_route(gazetteer):
    assert read("Mourners had driven from Goris for the funeral.", gazetteer)["Goris"][0] == "corridors"


def test_a_tunnel_planned_under_a_range_is_a_proposed_route_through_it(gazetteer):
    assert read("A tunnel is planned under Murovdag to keep the road open.", gazetteer)["Murovdag"] == (
        "corridors", "proposal")


def test_units_withdrawing_along_a_road_went_along_a_route(gazetteer):
    assert read("The last units withdrew along the road to Goris on Sunday.", gazetteer)["Goris"][0] == "corridors"
    assert read("The last units withdrew from Goris on Sunday.", gazetteer)["Goris"] == ("other", "handover")


def test_destroyed_houses_pointed_to_are_a_state_not_an_attack(gazetteer):
    assert read("The minister pointed to destroyed houses in the village of Sus.", gazetteer)["Sus"][0] == "other"
    assert read("Drones destroyed houses in Sus on Monday.", gazetteer)["Sus"][0] == "shelling"


def test_a_journey_set_out_on_is_a_route_but_returnees_setting_off_are_their_return(gazetteer):
    assert read("The volunteers had set out from Goris by bus that morning.", gazetteer)["Goris"][0] == "corridors"
    found = read("Twenty families of former residents set off from Barda on Monday and received the keys to their "
                 "new houses in Fuzuli.", gazetteer)
    assert found["Barda"][0] == "other", found


def test_moving_towards_an_agreement_is_no_journey(gazetteer):
    found = read("Officials in Kapan said the two sides were moving towards an agreement in Goris.", gazetteer)
    assert found["Goris"][0] != "corridors"


@pytest.mark.parametrize("sentence, place", [
    ("The opposition brought down the government in Yerevan in 1998.", "Yerevan"),
    ("The minister resisted calls to resign during a visit to Goris.", "Goris"),
])
def test_a_government_brought_down_or_calls_resisted_are_no_attack(gazetteer, sentence, place):
    assert read(sentence, gazetteer).get(place, ("other",))[0] != "shelling"


def test_travellers_who_reached_a_town_came_along_a_route_but_troops_advance(gazetteer):
    assert read("We reached Goris only at dawn, she said.", gazetteer)["Goris"][0] == "corridors"
    assert read("The first grain train reached Yeraskh in November.", gazetteer)["Yeraskh"][0] == "corridors"
    assert read("By Sunday its soldiers had reached Hadrut, it said.", gazetteer)["Hadrut"][0] != "corridors"
