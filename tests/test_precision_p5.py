"""Places that only say where a thing was got, fifth round: "hay bought from a farm near X", "flour from the mill at
Y", "soles from a supplier in Z". The older sets annotate none of the towns a supplier is placed by; a farm or a mill
that is itself hit keeps its town, and so does news told of the town."""

import pytest

from tests.helpers import rows


def places(text, gazetteer, published="2024-05-02"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


SUPPLIER = [
    pytest.param("The straw for the stables was bought from a farm near Ijevan and comes in two loads.",
                 id="bought_from_a_farm_near"),
    pytest.param("Rye flour from the mill at Vayk is back on the shelf from Tuesday.",
                 id="flour_from_the_mill_at"),
    pytest.param("Leather comes from the tannery in Ijevan and the buckles from a supplier in Gyumri.",
                 id="things_from_a_tannery_and_a_supplier_in"),
    pytest.param("The canary came to us from a dealer in Sheki with a sore foot.",
                 id="a_bird_from_a_dealer_in"),
    pytest.param("Our honey this year is from an apiary outside Dilijan and the beeswax from a supplier in Vanadzor.",
                 id="honey_from_an_apiary_outside"),
]


@pytest.mark.parametrize("text", SUPPLIER)
def test_where_a_supplier_is_is_no_place(text, gazetteer):
    assert places(text, gazetteer) == set()


SUPPLIER_KEPT = [
    pytest.param("Shells hit a farm near Ijevan on Monday night and killed two cows.", "Ijevan",
                 id="a_farm_near_the_town_shelled"),
    pytest.param("The wool from a farm near Vayk was burned when the village was shelled.", "Vayk",
                 id="goods_whose_home_was_shelled"),
    pytest.param("Shots were fired from a farm near Tegh at the army post, the ministry said.", "Tegh",
                 id="fire_from_a_farm_near_the_town"),
    pytest.param("Families from a farm near Sisian fled to Goris on Monday after the shelling.", "Goris",
                 id="people_who_fled_keep_where_they_went"),
]


@pytest.mark.parametrize("text,name", SUPPLIER_KEPT)
def test_a_supplier_town_with_news_is_kept(text, name, gazetteer):
    assert name in places(text, gazetteer)


TERMS = [
    pytest.param("Measuring visits in Ijevan and the villages within ten kilometres are free; further away we charge "
                 "for petrol.", id="visits_in_a_town_are_free"),
    pytest.param("Collection and delivery in Dilijan: free for orders over four square metres.",
                 id="delivery_in_a_town_colon_free"),
]


@pytest.mark.parametrize("text", TERMS)
def test_a_traders_terms_in_a_town_are_no_place(text, gazetteer):
    assert places(text, gazetteer) == set()


TERMS_KEPT = [
    pytest.param("Aid deliveries to Tegh were stopped on Monday after the shelling.", "Tegh",
                 id="aid_deliveries_stopped"),
    pytest.param("The delivery to Tegh is free of charge this week, the Red Cross said, after shells hit the village.",
                 "Tegh", id="free_of_charge_after_shelling"),
]


@pytest.mark.parametrize("text,name", TERMS_KEPT)
def test_deliveries_with_news_keep_the_town(text, name, gazetteer):
    assert name in places(text, gazetteer)


CLOSED_AWAY = [
    pytest.param("The studio is closed on Tuesdays, when I go to Gyumri for clay.", id="closed_when_i_go_to_a_town"),
    pytest.param("The bakery is shut on Thursday morning, when we go to the market in Dilijan.",
                 id="shut_when_we_go_to_the_market_in"),
]


@pytest.mark.parametrize("text", CLOSED_AWAY)
def test_the_keepers_errand_is_no_place(text, gazetteer):
    assert places(text, gazetteer) == set()


def test_a_shop_closed_for_shelling_keeps_the_town(gazetteer):
    assert "Gyumri" in places("The studio is closed on Tuesday because shells hit Gyumri last night.", gazetteer)


def test_the_errand_town_with_news_is_kept(gazetteer):
    text = "The studio is closed on Tuesday, when I go to Gyumri, where shells hit two houses last night."
    assert "Gyumri" in places(text, gazetteer)


MORE_GOODS = [
    pytest.param("The kiln is cold again: it waits for a part from Vanadzor, and the courier has no date.",
                 id="a_part_from_a_town"),
    pytest.param("The new roll of copper from Gyumri is softer than the last, so hammer it gently.",
                 id="copper_from_a_town"),
    pytest.param("Our winter soap has thyme from the hills above Goris and honey from the Sisian valley.",
                 id="thyme_from_the_hills_above"),
]


@pytest.mark.parametrize("text", MORE_GOODS)
def test_where_parts_metal_or_herbs_come_from_is_no_place(text, gazetteer):
    assert places(text, gazetteer) == set()


MORE_GOODS_KEPT = [
    pytest.param("A column of tanks and spare parts from Goris to Kapan was hit on Monday.", "Kapan",
                 id="parts_carried_on_to_a_town"),
    pytest.param("Most of the town took part from the first day, and Tegh was shelled on Monday.", "Tegh",
                 id="took_part_is_no_part"),
]


@pytest.mark.parametrize("text,name", MORE_GOODS_KEPT)
def test_goods_carried_on_or_shelling_keep_the_town(text, name, gazetteer):
    assert name in places(text, gazetteer)
