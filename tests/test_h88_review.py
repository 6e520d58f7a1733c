"""A town abroad is an end of an evacuation only when the journey's own clause names the people moved: not a
delegation flown in for talks about the refugees, nor a minister who arrived while "his people" are spoken of, nor a
letter sent "by the women of X", nor "families of the soldiers" come to demand their sons back. Troops who "camped
in" a village are no refugees sheltering there."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1990-01-25")


def test_a_delegation_flown_for_talks_keeps_its_layer(gazetteer):
    text = ("An Armenian delegation was flown to Moscow on Tuesday for talks with Soviet officials about the fate "
            "of the refugees.")
    assert layers(text, gazetteer).get("Moscow") != "corridors"


def test_a_delegation_with_families_flown_for_talks(gazetteer):
    text = "The Armenian delegation, including families of the victims, was flown to Moscow for talks."
    assert layers(text, gazetteer).get("Moscow") != "corridors"


def test_a_minister_arrived_in_a_capital_abroad(gazetteer):
    text = "The Azerbaijani foreign minister arrived in Paris on Monday, where he said his people wanted peace."
    assert "Paris" not in layers(text, gazetteer)


def test_a_letter_sent_by_the_women(gazetteer):
    text = "The letter sent to Moscow by the women of Stepanakert asked for protection."
    assert "Moscow" not in layers(text, gazetteer)


def test_families_of_the_soldiers(gazetteer):
    text = "Families of the soldiers arrived in Moscow to demand their sons come home."
    assert "Moscow" not in layers(text, gazetteer)


def test_troops_camped_in_a_town(gazetteer):
    text = "Some 300 paratroopers arrived in the region, and many of them camped in Shusha overnight."
    assert layers(text, gazetteer).get("Shusha") != "corridors"


def test_the_evacuees_still_reach_the_far_port(gazetteer):
    text = "The refugees were ferried to Krasnovodsk across the Caspian on Sunday."
    assert layers(text, gazetteer).get("Turkmenbashi") == "corridors"
