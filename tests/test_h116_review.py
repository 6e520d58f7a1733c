"""Review of the readings written from the Ganja and Lachin handover articles: where they must not reach.

A checkpoint named "the X Post" is the checkpoint at X, not a paper (a paper's "Post" tells or is heard: "Gyumri Post
wrote", "according to the Gyumri Post"); people evacuated by a road, or leaving as it closes, are a corridor's news;
"according to" people set between an outlet's "said" and its "that" names the people as the source (only an outlet there merely relays); a unit that mined the approaches to its own positions cut
no town's roads; and a state blockading a capital ("Turkey and Azerbaijan blockaded Yerevan") cuts off the country,
the capital its government."""

from functools import partial

from tests.helpers import claimant_pairs, place_layers

PUBLISHED = "2022-08-04"
layers = partial(place_layers, published=PUBLISHED)
pairs = partial(claimant_pairs, published=PUBLISHED)


def test_checkpoint_post_is_its_village(gazetteer):
    assert "Kornidzor" in layers("Traffic was stopped at the Kornidzor Post on Tuesday, witnesses said.", gazetteer)
    assert "Lachin" in layers("Trucks queued at the Lachin Post on Tuesday, the peacekeepers said.", gazetteer)
    found = layers("Russian peacekeepers moved to the Hakari Post near Lachin on Tuesday.", gazetteer)
    assert "Hakari Bridge" in found or "Hakari" in found


def test_paper_post_is_still_the_paper(gazetteer):
    assert "Gyumri" not in layers("Gyumri Post wrote that shells had hit Kornidzor overnight.", gazetteer)
    found = layers("According to the Gyumri Post, shells hit Goris on Tuesday.", gazetteer)
    assert "Gyumri" not in found and "Goris" in found


def test_evacuated_along_the_road_is_a_corridor(gazetteer):
    text = "Residents of the villages in the Lachin corridor were evacuated by bus along the Lachin road on Tuesday."
    assert layers(text, gazetteer).get("Lachin corridor") == "corridors"


def test_settlements_evacuated_stay_other(gazetteer):
    text = "The people of the settlements in the Lachin corridor were evacuated on Tuesday, officials said."
    assert layers(text, gazetteer).get("Lachin corridor") == "other"


def test_according_to_people_between_said_and_that_is_theirs(gazetteer):
    text = "Armenpress said on Tuesday, according to officials in Stepanakert, that shells hit Martakert."
    assert pairs(text, gazetteer, published="1993-06-10") != [("Martakert", "Armenian media")]


def test_according_to_an_outlet_between_said_and_that_relays(gazetteer):
    text = "The Defence Ministry said, according to Interfax, that Azerbaijani troops had shelled Martakert overnight."
    assert ("Martakert", "Russian media") not in pairs(text, gazetteer, published="1993-06-10")


def test_mined_approaches_to_own_positions_cut_no_roads(gazetteer):
    text = "Armenian troops mined the approaches to their positions near Martakert, the ministry said."
    assert layers(text, gazetteer, published="1993-06-10").get("Martakert") != "corridors"


def test_state_blockading_a_capital_is_its_government(gazetteer):
    text = "Turkey and Azerbaijan blockaded Yerevan after the war began, diplomats said."
    assert "Yerevan" not in layers(text, gazetteer, published="1993-06-10")


def test_troops_besieging_a_capital_keep_the_city(gazetteer):
    assert "Baku" in layers("Rebel troops besieged Baku on Monday.", gazetteer, published="1993-06-10")


def test_villages_emptied_as_the_road_closed_stay_a_corridor(gazetteer):
    text = "Villages in the Lachin corridor were emptied as the road was closed on Tuesday."
    assert layers(text, gazetteer).get("Lachin corridor") == "corridors"
