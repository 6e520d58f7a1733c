"""Wordings the rules on a stay with kin, a shop's town, a place kept under guard and a road people blocked at a
place must and must not catch: a group's flight keeps the town where it shelters, a blockade's shortages and a strike
keep a market's town, people or vehicles guarded are no post, and a bridge, an airport, a crossing, a capital's street,
tractors across the road or a blocking only tried stay a blocking point."""

from functools import partial

from tests.helpers import place_layer_pairs, waypoint_layers

_rows = partial(place_layer_pairs, published="2023-03-15")
layers = partial(waypoint_layers, published="2023-03-15")


def _places(text, gazetteer):
    return {name for joined, _ in _rows(text, gazetteer) for name in joined.split(";")}


# --- a stay with kin or friends ---------------------------------------------------------------------------------

def test_a_groups_flight_keeps_the_town_where_it_stays_with_kin(gazetteer):
    assert "Goris" in _places("Residents who fled Berdzor on Thursday are now staying with relatives in Goris, the "
                              "regional governor said.", gazetteer)
    assert {"Goris", "Kapan"} <= _places("More than 2,000 people who left Stepanakert this week are staying with "
                                         "relatives in Goris and Kapan.", gazetteer)
    assert "Vardenis" in _places("Some 130 residents of Sotk have left their homes and are staying with relatives in "
                                 "Vardenis, the village head said.", gazetteer)


def test_a_private_stay_drops_the_whole_list(gazetteer):
    assert not _rows("My sister and her children are staying with relatives in Goris and Kapan.", gazetteer)
    assert not _rows("My brother and his children are staying with friends in Vanadzor for the time being.",
                     gazetteer)


# --- a shop's or a market's town ----------------------------------------------------------------------------------

def test_a_blockades_shortages_and_prices_keep_the_shops_town(gazetteer):
    for text in ("The shops in Stepanakert have had no sugar, flour or cooking oil for a week.",
                 "Shelves in the shops in Stepanakert are bare, residents said on Monday.",
                 "Shops in Stepanakert now open for only two hours a day because of power cuts.",
                 "The central market in Stepanakert stayed shut on Monday for lack of goods.",
                 "Prices in the shops in Stepanakert have tripled since the road was cut in December.",
                 "A kilo of potatoes now costs 1,500 drams at the central market in Stepanakert, up from 300 in "
                 "December."):
        assert ("Stepanakert", "other") in _rows(text, gazetteer), text


def test_a_market_hit_keeps_its_town(gazetteer):
    assert ("Martakert", "shelling") in _rows("The market in Martakert was hit overnight, the local administration "
                                              "said.", gazetteer)
    assert ("Barda", "shelling") in _rows("The covered market in Barda was struck on Wednesday afternoon, the "
                                          "prosecutor's office said.", gazetteer)


def test_customers_cut_off_by_a_blocked_road_keep_their_town(gazetteer):
    assert "Stepanakert" in _places("Customers from Stepanakert can no longer reach the shop since protesters blocked "
                                    "the road.", gazetteer)


def test_trade_alone_still_names_no_event(gazetteer):
    assert not _rows("Bare wooden frames for the shops in Ijevan go out on Mondays.", gazetteer)
    assert not _rows("Most of the honey is sold at weekends to the market in Ganja.", gazetteer)
    assert not _rows("A buyer from Gyumri took the whole batch of carpets last week.", gazetteer)


# --- a place kept under guard -------------------------------------------------------------------------------------

def test_people_guarded_on_a_journey_are_no_post(gazetteer):
    assert layers("The Armenian delegation, which was guarded by Russian soldiers, arrived in Baku on Monday.",
                  gazetteer).get("Baku") != "checkpoints"
    assert layers("The pilgrims, who were under the protection of Russian peacekeepers, reached Dadivank on Sunday.",
                  gazetteer).get("Dadivank") != "checkpoints"
    assert layers("The evacuees were guarded by Russian peacekeepers on their way to Goris.",
                  gazetteer).get("Goris") != "checkpoints"
    assert layers("The journalists were guarded by Azerbaijani soldiers throughout their visit to Shusha.",
                  gazetteer).get("Shusha") != "checkpoints"
    assert layers("The ambulances were guarded by Russian peacekeepers through Lachin on Tuesday.",
                  gazetteer).get("Lachin") != "checkpoints"


def test_captives_or_the_wounded_guarded_are_no_post(gazetteer):
    assert layers("The captured soldiers were guarded by Azerbaijani troops in Shusha before their transfer to Baku.",
                  gazetteer).get("Shusha") != "checkpoints"
    assert layers("The wounded were guarded by soldiers at the hospital in Stepanakert.",
                  gazetteer).get("Stepanakert") != "checkpoints"


def test_a_site_guarded_in_other_words_is_still_a_post(gazetteer):
    assert layers("Tsitsernavank is under the protection of the Azerbaijani army, Baku said.",
                  gazetteer).get("Tsitsernavank") == "checkpoints"
    assert layers("The village of Parukh remains under the peacekeepers' guard, residents told a local outlet.",
                  gazetteer).get("Parukh") == "checkpoints"


# --- a road people blocked at a place -----------------------------------------------------------------------------

def test_a_bridge_an_airport_or_a_crossing_stays_a_blocking_point(gazetteer):
    assert layers("Protesters blocked the road at Hakari bridge on Saturday, stopping all traffic.",
                  gazetteer).get("Hakari Bridge") == "checkpoints"
    assert layers("Protesters blocked the road at Stepanakert airport on Friday.",
                  gazetteer).get("Stepanakert Airport") == "checkpoints"
    assert layers("Residents blocked the road at Margara on Friday, the crossing to Turkey.",
                  gazetteer).get("Margara") == "checkpoints"


def test_a_capitals_street_stays_a_blocking_point(gazetteer):
    assert layers("Protesters blocked the road in Yerevan to demand the prime minister's resignation.",
                  gazetteer).get("Yerevan") == "checkpoints"
    assert layers("Protesters blocked the road in Baku near the parliament.", gazetteer).get("Baku") == "checkpoints"


def test_tractors_across_the_road_stay_a_blocking_point(gazetteer):
    assert layers("Farmers blocked the road at Kirants with tractors on Monday.",
                  gazetteer).get("Kirants") == "checkpoints"


def test_a_blocking_only_tried_is_no_roads_blockade(gazetteer):
    assert layers("Residents tried to block the road at Kirants but police stopped them.",
                  gazetteer).get("Kirants") != "corridors"


def test_a_village_on_the_road_is_still_the_roads_blockade(gazetteer):
    got = layers("Dozens of villagers blocked the highway at Kornidzor on Thursday, demanding compensation for lost "
                 "pastures.", gazetteer)
    assert got.get("Kornidzor") == "corridors"
    assert layers("Residents have been blocking the road at Kirants since Monday.",
                  gazetteer).get("Kirants") == "corridors"


def test_customers_who_come_by_bus_and_a_market_opened_keep_their_towns(gazetteer):
    assert "Ijevan" in _places("Most of our buyers come from Ijevan by bus every Saturday.", gazetteer)
    assert "Goris" in _places("A new covered market in Goris opened on Monday for families from Karabakh.", gazetteer)
    assert "Goris" in _places('"We sell half of what we did," said Karine, a baker, outside a shop in Goris on Monday.',
                              gazetteer)
