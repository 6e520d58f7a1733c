"""Wordings that the rules on guards turning people back, posts on a village's land, the diplomatic missions in a
capital, visitors shown the damage, reservoirs named in a list and fire from weapons must read right: the ones they
should catch worded otherwise, and the near ones they must leave alone."""

from functools import partial

from tests.helpers import place_layers, rows

layers = partial(place_layers, published="2022-06-10")


def _names(text, gazetteer):
    return {r["place_name"] for r in rows(text, gazetteer, "2022-06-10")}


# --- guards turning people back

def test_soldiers_turning_their_back_on_a_village_are_no_post(gazetteer):
    text = "Soldiers turning their back on the ruins of Talish left the village on Monday."
    assert layers(text, gazetteer).get("Talish") != "checkpoints"


def test_soldiers_turning_back_ambulances_at_a_bridge_post(gazetteer):
    text = "Azerbaijani soldiers kept turning back the ambulances at the Hakari bridge post."
    assert layers(text, gazetteer).get("Hakari Bridge") == "checkpoints"


# --- a post on a village's land

def test_post_on_village_land_that_opened_fire_is_fire(gazetteer):
    text = "An Azerbaijani post located on Tegh land opened fire on farmers on Tuesday."
    assert layers(text, gazetteer).get("Tegh") == "shelling"


def test_soldiers_at_a_post_on_village_land_who_fired_is_fire(gazetteer):
    text = "Soldiers at a post standing on Sotk land fired at the village school overnight."
    assert layers(text, gazetteer).get("Sotk") == "shelling"


def test_post_in_the_fields_that_came_under_fire_is_fire(gazetteer):
    text = "The Armenian post located in the fields of Khramort came under mortar fire at night."
    assert layers(text, gazetteer).get("Khramort") == "shelling"


def test_command_post_in_the_fields_is_no_guard_post(gazetteer):
    text = "A command post located in the fields of Talish was destroyed by a drone strike."
    assert layers(text, gazetteer).get("Talish") == "shelling"


def test_boundary_post_on_village_land_is_no_guard_post(gazetteer):
    text = "A boundary post now stands on Kirants land after the demarcation, villagers said."
    assert layers(text, gazetteer).get("Kirants") != "checkpoints"


def test_post_located_on_the_land_of_a_village(gazetteer):
    text = "Locals say an Azerbaijani post is now located on the land of Tegh, above the school."
    assert layers(text, gazetteer).get("Tegh") == "checkpoints"


# --- the diplomatic missions in a capital

def test_protest_outside_the_foreign_missions_is_in_the_capital(gazetteer):
    text = "Protesters gathered outside the foreign missions in Yerevan on Tuesday, demanding action over Lachin."
    assert "Yerevan" in layers(text, gazetteer)


def test_rally_outside_the_diplomatic_missions_is_in_the_capital(gazetteer):
    text = "Hundreds rallied outside the diplomatic missions in Yerevan on Saturday to demand the corridor be reopened."
    assert layers(text, gazetteer).get("Yerevan") == "other"


def test_heads_of_foreign_missions_in_the_capital_only_locate(gazetteer):
    text = "The heads of foreign missions in Yerevan visited Jermuk on Friday to see the shelled hotel."
    assert set(layers(text, gazetteer)) == {"Jermuk"}


# --- visitors shown the damage

def test_viewers_shown_the_damage_on_television_tell_the_attack(gazetteer):
    text = "Viewers of state television were shown houses destroyed by rockets in Ganja overnight."
    assert layers(text, gazetteer).get("Ganja") == "shelling"


def test_envoys_who_later_looked_at_the_damage_are_on_a_visit(gazetteer):
    text = "The envoys later looked at houses hit by shelling in Tartar."
    assert layers(text, gazetteer).get("Tartar") == "other"


def test_ambassadors_shown_the_damage_caused_by_shelling_are_on_a_visit(gazetteer):
    text = "On the visit the ambassadors were shown the damage caused by shelling in Tartar."
    assert layers(text, gazetteer).get("Tartar") == "other"


# --- reservoirs named in a list

def test_water_told_in_another_clause_leaves_the_village(gazetteer):
    text = "Fighting raged on the front around the Sarsang and Madagiz reservoirs, as soldiers ran short of water."
    names = _names(text, gazetteer)
    assert "Madagiz" in names and "Sugovushan Reservoir" not in names, names


def test_new_levels_of_fighting_are_no_water_level(gazetteer):
    text = "Shelling reached new levels around the Sarsang and Madagiz reservoirs on Tuesday."
    names = _names(text, gazetteer)
    assert "Madagiz" in names and "Sugovushan Reservoir" not in names, names


def test_reservoirs_drained_are_the_reservoirs(gazetteer):
    text = "Engineers said the Sarsang and Madagiz reservoirs had been drained over the winter."
    names = _names(text, gazetteer)
    assert "Sugovushan Reservoir" in names and "Madagiz" not in names, names


# --- fire from weapons

def test_fire_from_enemy_guns_is_gunfire(gazetteer):
    text = "Fire from enemy guns reached the edge of Khramort on Sunday."
    assert layers(text, gazetteer).get("Khramort") == "shelling"


def test_fire_from_fuel_tanks_is_a_blaze(gazetteer):
    text = "Fire from tanks of fuel at the depot near Berkadzor spread to nearby houses."
    assert layers(text, gazetteer).get("Berkadzor") != "shelling"


def test_fire_from_tanks_that_spread_is_a_blaze(gazetteer):
    text = "Fire from tanks at the oil terminal spread to houses in Stepanakert on Monday."
    assert layers(text, gazetteer).get("Stepanakert") != "shelling"


def test_fire_from_guns_at_a_parade_is_a_salute(gazetteer):
    text = "Fire from guns marked the Victory Day parade in Shusha, where tanks rolled through the square."
    assert layers(text, gazetteer).get("Shusha") != "shelling"



def test_visitors_who_looked_at_the_damage_with_a_word_of_time_before_it(gazetteer):
    """The first-letter gate of the visitors' pattern lets "also" and "first" through too."""
    for word in ("also", "first", "later"):
        text = f"The envoys {word} looked at houses hit by shelling in Tartar."
        assert layers(text, gazetteer) == {"Tartar": "other"}, word
