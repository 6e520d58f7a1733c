"""Layers of troops coming close to a place, of a village placed by the road it lies next to, and of fire told by the
head of the village it hit: troops that "came close to" or "closed in on" villages advanced on them, as troops that
"approached" them did, while soldiers kept from approaching a wreck made no advance; a village set off by commas as
lying "next to the A-B road" is placed by the road, so the attack the sentence tells is its news, not the road; and
the head of a village, the sentence's only place, who does something else and then says shots hit houses tells of
fire at that village (a head who says something else, or names another village hit, does not)."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(1993, 8, 2))


def test_troops_that_came_close_to_villages_advanced_on_them(gazetteer):
    text = ("Azerbaijani officials said Armenian troops had come close to several villages west of Tartar, "
            "in the Aghdam district.")
    assert layers(text, gazetteer).get("Aghdam District") == "shelling"


def test_units_that_closed_in_on_a_town_advanced_on_it(gazetteer):
    text = "The defence ministry said its units had closed in on Fuzuli overnight."
    assert layers(text, gazetteer).get("Fuzuli") == "shelling"


def test_a_question_that_came_close_to_a_town_is_no_advance(gazetteer):
    text = "Officials in Fuzuli said the talks had come close to a deal on the water supply."
    assert layers(text, gazetteer).get("Fuzuli") != "shelling"


def test_soldiers_kept_from_approaching_a_wreck_made_no_advance(gazetteer):
    text = "Troops kept soldiers from approaching the wreck near Berdavan for two days."
    assert layers(text, gazetteer).get("Berdavan") != "shelling"


def test_village_next_to_a_road_is_placed_by_it_and_the_attack_is_its_news(gazetteer):
    text = "The village of Koti, next to the Ijevan–Gazakh road, was attacked on 4 March."
    assert layers(text, gazetteer).get("Koti") == "shelling"


def test_village_head_who_says_shots_hit_houses_tells_of_fire_there(gazetteer):
    text = ("The head of Berdavan, Ashot Sargsyan, walked past the church and said shots had hit houses and the "
            "school.")
    assert layers(text, gazetteer).get("Berdavan") == "shelling"


def test_village_head_who_says_the_school_will_reopen_tells_of_no_fire(gazetteer):
    text = ("The head of Berdavan, Ashot Sargsyan, walked past the church and said the school would reopen in May.")
    assert layers(text, gazetteer).get("Berdavan") == "other"


def test_village_head_who_names_another_village_shelled_leaves_his_own_out(gazetteer):
    text = ("The head of Berdavan, Ashot Sargsyan, walked past the church and said Azerbaijani troops had shelled "
            "Koti.")
    found = layers(text, gazetteer)
    assert found.get("Koti") == "shelling"
    assert found.get("Berdavan") != "shelling"


def test_village_head_who_says_no_houses_were_hit_tells_of_no_fire(gazetteer):
    text = ("The head of the Berdavan village administration, Ashot Sargsyan, toured the fields and said classes "
            "would start on time and that no houses had been hit.")
    assert layers(text, gazetteer).get("Berdavan") != "shelling"
