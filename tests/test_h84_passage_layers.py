"""Checkpoints, corridors and shelling as a town's news: entry to a town told limited, police or soldiers guarding a
road or letting only some through are checkpoints (a road named by the two towns it joins, closed so, stays the
road's closure); a public transport service told stopped is its route's closure whatever fire dated it; fire a
speaker says could be heard, in a sentence opening on the town, is fire there; a thing whose shells a "which" clause
tells before its repair is the repair's news."""

from functools import partial

from tests.helpers import place_layers, rows

layers = partial(place_layers, published="2022-10-05")


def test_entry_told_limited_in_the_passive_is_a_checkpoint(gazetteer):
    text = "The mayor said on Monday that access to Goris had been severely restricted."
    assert layers(text, gazetteer)["Goris"] == "checkpoints"


def test_entry_to_a_place_told_open_is_no_checkpoint(gazetteer):
    text = "The mayor said on Monday that entry to Goris was free again for tourists."
    assert layers(text, gazetteer)["Goris"] != "checkpoints"


def test_soldiers_letting_only_some_through_is_a_checkpoint(gazetteer):
    text = "During the fighting soldiers at the bridge allowed only ambulances through to Tegh."
    assert layers(text, gazetteer)["Tegh"] == "checkpoints"


def test_only_some_let_through_in_the_passive_is_a_checkpoint(gazetteer):
    text = "Policemen stood at the edge of Tegh on Monday, and only residents with papers were let through."
    assert layers(text, gazetteer)["Tegh"] == "checkpoints"


def test_police_guarding_a_road_is_a_checkpoint(gazetteer):
    text = "For three days police guarded the road up to Tegh."
    assert layers(text, gazetteer)["Tegh"] == "checkpoints"


def test_a_road_between_two_towns_closed_to_most_stays_the_road_s(gazetteer):
    text = ("Police closed the road from Goris to Tegh to private cars on Sunday, letting only buses through, "
            "the regional police said.")
    found = layers(text, gazetteer)
    assert "checkpoints" not in found.values()


def test_public_transport_stopped_after_shelling_is_the_route_s_closure(gazetteer):
    text = "Public transport between Tegh and the capital stopped after the shelling of last week."
    assert layers(text, gazetteer)["Tegh"] == "corridors"


def test_fire_heard_in_the_town_opening_the_sentence_is_fire_there(gazetteer):
    text = ("In Kapan, Hayk Petrosyan, the town's civil defence officer, told reporters on Monday that shelling "
            "could be heard and asked people to stay indoors.")
    assert layers(text, gazetteer)["Kapan"] == "shelling"


def test_no_fire_heard_is_no_fire(gazetteer):
    text = "In Kapan, the town's civil defence officer told reporters on Monday that no shelling could be heard."
    assert layers(text, gazetteer)["Kapan"] != "shelling"


def test_a_thing_that_took_shells_being_repaired_is_the_repair_s_news(gazetteer):
    text = ("The museum of Goris, which took three shells in the autumn, was being restored for the spring, "
            "the mayor wrote.")
    assert layers(text, gazetteer)["Goris"] == "other"


def test_a_thing_that_took_shells_and_closed_is_not_a_repair(gazetteer):
    text = "The museum of Goris, which took three shells on Monday night, was hit again on Tuesday."
    assert layers(text, gazetteer)["Goris"] == "shelling"


def test_access_to_a_good_or_a_service_in_a_town_told_limited_is_no_checkpoint(gazetteer):
    for text in ("Access to the internet in Stepanakert was severely limited after the blackout.",
                 "Access to fuel in Stepanakert was now strictly limited, officials said.",
                 "Access to electricity in Martakert has been limited since the gas pipe was cut."):
        assert "checkpoints" not in layers(text, gazetteer).values(), text


def test_entry_to_a_building_in_a_town_told_restricted_is_no_checkpoint(gazetteer):
    text = "Entry to the hospital in Goris was restricted to relatives of the wounded."
    assert layers(text, gazetteer)["Goris"] != "checkpoints"


def test_access_to_a_town_told_restricted_stays_a_checkpoint(gazetteer):
    text = "Access to Jermuk has been restricted since Tuesday, police said."
    assert layers(text, gazetteer)["Jermuk"] == "checkpoints"


def test_a_building_letting_only_some_in_is_no_checkpoint(gazetteer):
    for text, place in (("The school in Kapan let only teachers through on the first day after the shelling.", "Kapan"),
                        ("Doctors at the hospital in Goris allowed only the wounded through on Tuesday.", "Goris"),
                        ("In Goris only people with an urgent reason were allowed past the hospital doors.", "Goris"),
                        ("The bakery in Stepanakert let only families with ration cards through on Monday.",
                         "Stepanakert")):
        assert layers(text, gazetteer)[place] != "checkpoints", text


def test_a_post_letting_only_some_through_stays_a_checkpoint(gazetteer):
    text = "Azerbaijani police at the Hakari bridge let only residents through to Stepanakert."
    assert layers(text, gazetteer)["Stepanakert"] == "checkpoints"


def test_buses_stopped_at_a_checkpoint_are_no_closure_of_the_route(gazetteer):
    found = rows("Buses to Jermuk were stopped at the checkpoint on Tuesday for document checks.", gazetteer,
                 published="2022-10-05")
    assert [r["kind"] for r in found if r["place_name"] == "Jermuk"] != ["closure"]


def test_one_bus_stopped_is_no_closure_of_the_route(gazetteer):
    for text in ("A bus from Jermuk to Yerevan stopped near Vayk on Tuesday so that passengers could rest.",
                 "A bus to Jermuk was halted on Tuesday when a tyre burst."):
        assert "closure" not in [r["kind"] for r in rows(text, gazetteer, published="2022-10-05")], text


def test_a_list_of_an_old_war_s_damage_or_of_what_is_to_be_rebuilt_is_no_shelling_of_the_day(gazetteer):
    for text, place in (("The report included the hotel in Jermuk among the damaged buildings from the 2020 war.",
                         "Jermuk"),
                        ("The ministry listed the school in Sotk among the damaged buildings of the 1990s war.", "Sotk"),
                        ("The UN listed the school in Sotk among the damaged buildings it plans to rebuild.", "Sotk")):
        assert layers(text, gazetteer)[place] != "shelling", text


def test_a_list_of_the_damage_of_the_day_stays_shelling(gazetteer):
    text = "The ministry recorded the school in Sotk among the damaged buildings on Tuesday."
    assert layers(text, gazetteer)["Sotk"] == "shelling"
