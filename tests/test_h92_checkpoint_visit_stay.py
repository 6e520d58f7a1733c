"""A checkpoint named in a "where" clause after a place is the place's news, not the road the main clause came down
("the road from X, where soldiers kept buses at a checkpoint"); a plain "where" clause of fire or passage stays as it
was. A visit for talks ("came to X on Monday for talks") is other, whatever way a later clause names. People living
in wagons or tents told after the place ("In X some 500 people are still living in tents") are the displaced's stay,
other, as when told before it; a place shelled in the same sentence keeps its fire."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1993-11-02")


def test_checkpoint_in_where_clause(gazetteer):
    text = ("Most of them had walked along the highway from Lachin, where soldiers kept the buses of the displaced at "
            "a checkpoint for a whole day before waving them through.")
    assert layers(text, gazetteer).get("Lachin") == "checkpoints"


def test_where_clause_without_post_stays(gazetteer):
    text = "Most of them had walked along the highway from Lachin, where their houses had stood for generations."
    assert layers(text, gazetteer).get("Lachin") != "checkpoints"


def test_visit_for_talks_is_other(gazetteer):
    text = ("Turkey's foreign minister came to Yerevan on Monday for talks on the border, and we hear that new "
            "buses are on their way to us.")
    assert layers(text, gazetteer).get("Yerevan") == "other"


def test_convoy_to_a_town_is_still_a_route(gazetteer):
    text = "A convoy of lorries with flour came to Stepanakert on Monday through the Lachin corridor."
    assert layers(text, gazetteer).get("Stepanakert") != "other"


def test_people_living_in_wagons_after_the_place(gazetteer):
    text = "In Barda some 500 people are still living in railway wagons at the station, a relief agency said."
    assert layers(text, gazetteer).get("Barda") == "other"


def test_shelled_town_keeps_its_fire(gazetteer):
    text = "In Tartar some 300 families are still living in tents after artillery shelled the town on Sunday."
    assert layers(text, gazetteer).get("Tartar") == "shelling"


def test_district_severed_from_the_rest(gazetteer):
    text = "A Georgian paper wrote on Friday that the offensive had severed the Kalbajar district from the rest of the country."
    assert layers(text, gazetteer).get("Kalbajar District") == "corridors"


def test_ties_severed_are_no_cut(gazetteer):
    text = "The government in Baku severed its ties with the company last year."
    assert layers(text, gazetteer).get("Baku") != "corridors"


def test_convoy_stopped_short_of_a_checkpoint_stays(gazetteer):
    text = ("On Monday a column of aid lorries reached Goris, where it was halted short of the border checkpoint "
            "for the night.")
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_camp_set_up_for_refugees_is_no_post(gazetteer):
    text = "By Sunday the Red Cross had set up a tent camp for the refugees at Goris, the town's mayor said."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_camp_set_up_on_a_road_is_still_a_post(gazetteer):
    text = "On Monday the activists set up a tent camp on the road below Shusha."
    assert layers(text, gazetteer).get("Shusha") == "checkpoints"
