"""Layers of captures told with a bare name, of a population's flight told after an attack, and of troops coming up
on a place: a town "took"/"taken"/"taking" with its name as the whole object ("troops took X on Sunday", "after
taking Y", "had been occupied") is its capture, a change of control, even where the sentence also tells of a column
"attacking from" elsewhere or of an offensive pressed on in other parts; a population that "fled" in a clause of its
own joined by ", and" is that place's flight, not the target of the attack told in the clause before; and troops or
units that "approached" villages advanced on them, fighting there as "advanced on" is, while a convoy approaching a
checkpoint or soldiers approaching reporters are no advance. A name followed by a "where" clause telling what stands
there now is left to that clause, and a name that only begins a noun phrase ("took Armenian villagers hostage") is
no capture."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(1993, 8, 2))


def test_town_taken_by_name_is_its_capture_not_a_later_attack(gazetteer):
    text = ("The rebels took Hadrut on 3 August, and a day later a second group attacking from Fuzuli seized "
            "the village of Togh.")
    assert layers(text, gazetteer).get("Hadrut") == "other"


def test_town_taken_by_a_force_attacking_from_elsewhere_is_captured(gazetteer):
    text = "That morning a column, attacking from Aghdam, took Askeran, a town on the main road."
    assert layers(text, gazetteer).get("Askeran") == "other"


def test_after_taking_a_town_the_offensive_elsewhere_is_not_its_news(gazetteer):
    text = ("The troops continued their offensive in the south on Monday after taking Jabrayil on Saturday, "
            "a news agency reported.")
    assert layers(text, gazetteer).get("Jabrayil") == "other"


def test_village_occupied_in_the_passive_is_its_capture(gazetteer):
    text = "The report says the village of Togh had been occupied that evening by a battalion attacking from Fuzuli."
    assert layers(text, gazetteer).get("Togh") == "other"


def test_town_attacked_stays_shelling(gazetteer):
    text = "The rebels attacked Hadrut on 3 August with artillery and rockets."
    assert layers(text, gazetteer).get("Hadrut") == "shelling"


def test_a_where_clause_after_the_name_still_tells_what_stands_there(gazetteer):
    text = ("The minister recalled the advance that took Aghband, on the border, where he said a border checkpoint "
            "now stands.")
    assert layers(text, gazetteer).get("Aghband") == "checkpoints"


def test_people_taken_away_are_no_capture_of_their_town(gazetteer):
    text = "Gunmen took Armenian villagers hostage and shelled Martuni overnight."
    assert layers(text, gazetteer).get("Khojavend") == "shelling"      # (Martuni, by its other name)


def test_population_that_fled_after_an_attack_told_before_is_a_flight(gazetteer):
    text = ("According to a rights group, the army opened an offensive on 5 May with an attack toward Lachin, "
            "and the whole population of the Kubatly district fled.")
    found = layers(text, gazetteer)
    assert found.get("Lachin") == "shelling"
    assert next(layer for place, layer in found.items() if place.startswith("Gubadli")) == "other"


def test_units_that_approached_villages_advanced_on_them(gazetteer):
    text = ("According to the defence ministry, enemy units overnight approached several villages south of "
            "Tartar, in the Barda district.")
    # (villages told by a bearing from a town and then by their district are the district's)
    assert layers(text, gazetteer).get("Barda District") == "shelling"


def test_troops_approaching_a_town_advance_on_it(gazetteer):
    text = "Officials said tanks were approaching Fuzuli from the east on Thursday."
    assert layers(text, gazetteer).get("Fuzuli") == "shelling"


def test_a_convoy_approaching_a_checkpoint_is_no_advance(gazetteer):
    text = "The convoy approached the checkpoint near Kornidzor in the afternoon."
    assert layers(text, gazetteer).get("Kornidzor") != "shelling"


def test_soldiers_approaching_reporters_is_no_advance(gazetteer):
    text = "Two soldiers approached journalists waiting in Goris and asked for their papers."
    assert layers(text, gazetteer).get("Goris") != "shelling"
